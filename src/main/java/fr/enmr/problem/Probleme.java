package fr.enmr.problem;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail, with the bad fields of a 400 listed in {@code violations}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Probleme(String type, String title, int status, String detail, List<Violation> violations) {

    private static final Pattern NOM_DE_CLASSE = Pattern.compile("\\b(?:java|javax|jakarta|jdk|sun|org|com|io)(?:\\.[\\w$]+)+");

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Probleme of(int status, String title, String detail) {
        return new Probleme("about:blank", title, status, detail, null);
    }

    public static Probleme saisieInvalide(List<Violation> violations) {
        return new Probleme("urn:enmr:probleme:saisie-invalide", "Saisie invalide", 400,
                violations.size() + " champ(s) invalide(s) : " + violations.get(0).champ()
                        + (violations.size() > 1 ? ", …" : "") + ". Rien n'a été enregistré.",
                List.copyOf(violations));
    }

    /**
     * A value from the request path, quoted in a 404's detail only when it looks like an identifier or
     * reference (Identifiants: a decision id matches too); anything else is not echoed back.
     */
    public static String cite(String valeur) {
        return Identifiants.valide(valeur) ? "« " + valeur + " »" : "(identifiant non valide)";
    }

    /** No answer names an internal class: a rule engine's text may quote one ("class java.math.BigDecimal"). */
    public static String sansNomDeClasse(String texte) {
        return texte == null ? null : NOM_DE_CLASSE.matcher(texte).replaceAll("…");
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
