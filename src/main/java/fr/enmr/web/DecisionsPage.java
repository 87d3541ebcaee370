package fr.enmr.web;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.decision.DecisionImprimable;
import fr.enmr.problem.Probleme;
import fr.enmr.securite.Utilisateur;
import fr.enmr.store.DecisionStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The ARS agents' space: a dossier form and the stored decisions. The page's script calls
 * /api/decisions for everything, so the API stays the only way a decision is made or read; an opened decision is
 * shown as the fiche its PDF prints (template decision/fiche), so the page and the PDF say the same words.
 */
@Path("/decisions")
public class DecisionsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decisions(Visiteur visiteur, ChoixDossier choix, String intitules);
    }

    @Inject
    Intitules intitules;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identite;

    @Inject
    DecisionStore store;

    @Inject
    Utilisateur utilisateur;

    @Inject
    DecisionImprimable imprimable;

    @Location("decision/fiche")
    Template fiche;

    @GET
    @Produces(Pages.HTML)
    public String decisions() {
        return Templates.decisions(Visiteur.de(identite), ChoixDossier.de(intitules), ScriptJson.of(json, intitules.parListe())).render();
    }

    /** A stored decision as its PDF prints it (an HTML fragment the page's script shows), with the API's 403 and 404. */
    @GET
    @Path("fiche/{id}")
    @Produces(Pages.HTML)
    public Response fiche(@PathParam("id") String id) {
        return store.find(id)
                .map(stored -> {
                    utilisateur.verifierRegion(stored.region());
                    return Response.ok(fiche.data("fiche", imprimable.fiche(stored)).render(), Pages.HTML).build();
                })
                .orElseGet(() -> Probleme.of(404, "Décision introuvable", "Aucune décision n'est enregistrée sous l'identifiant " + Probleme.cite(id) + ".").toResponse());
    }
}
