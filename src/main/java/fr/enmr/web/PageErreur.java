package fr.enmr.web;

import java.util.List;

import fr.enmr.problem.FormeDuRefus;
import fr.enmr.problem.Probleme;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A refusal shown to a person: when a browser asks for a page (not the API) that its user may not open
 * or that does not exist, the problem is answered as a French HTML page with the same status, and a way
 * back to the landing page. Everything else keeps its problem+json. The browser-or-API choice of the exception
 * mappers of fr.enmr.problem, which know it as {@link FormeDuRefus}.
 */
@Singleton
public final class PageErreur implements FormeDuRefus {

    /** Where the API lives: its clients always get problem+json, whatever they accept. */
    private static final List<String> API = List.of("/api", "/enmr", "/q");

    private static final MediaType HTML = MediaType.valueOf(Pages.HTML);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance erreur(Visiteur visiteur, Probleme probleme, String detail, String conseil);
    }

    PageErreur() {
    }

    @Override
    public Response pour(Response probleme, String chemin, List<MediaType> acceptables) {
        return demandeUnePage(chemin, acceptables) ? page(probleme) : probleme;
    }

    /**
     * Whether a person is asking for a page: a path outside the API, and an Accept header that prefers
     * HTML to JSON (a browser's navigation; {@code *}{@code /*} alone, as curl sends, stays JSON).
     *
     * @param acceptables the request's media types, most preferred first (JAX-RS {@code getAcceptableMediaTypes()})
     */
    public static boolean demandeUnePage(String chemin, List<MediaType> acceptables) {
        if (chemin == null || API.stream().anyMatch(api -> chemin.equals(api) || chemin.startsWith(api + "/"))) {
            return false;
        }
        for (MediaType type : acceptables) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
                return false;
            }
        }
        return false;
    }

    /** The problem as a page, with the problem's status and headers (e.g. the 401's challenge). */
    public static Response page(Response probleme) {
        Probleme corps = (Probleme) probleme.getEntity();
        String html = Templates.erreur(Visiteur.inconnu(), corps, detail(corps), conseil(corps.status())).render();
        return Response.fromResponse(probleme).entity(html).type(HTML).build();
    }

    /** The problem's detail, but a person asked to sign in reads no protocol names (HTTP Basic, OIDC bearer tokens). */
    private static String detail(Probleme probleme) {
        return probleme.status() == 401
                ? "Vous n'êtes pas identifié, ou l'identifiant et le mot de passe donnés n'ont pas été reconnus."
                : probleme.detail();
    }

    private static String conseil(int statut) {
        return switch (statut) {
            case 401 -> "Identifiez-vous avec un compte du service (identifiant et mot de passe) pour ouvrir cette page.";
            case 403 -> "Cette page est réservée à d'autres rôles que le vôtre. Les espaces qui vous sont ouverts sont sur la page d'accueil.";
            case 404 -> "Vérifiez l'adresse, ou repartez de la page d'accueil.";
            default -> "Repartez de la page d'accueil.";
        };
    }
}
