package fr.enmr.web;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The ARS agents' space: a dossier form and the stored decisions. The page's script calls
 * /api/decisions for everything, so the API stays the only way a decision is made or read.
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

    @GET
    @Produces(Pages.HTML)
    public String decisions() {
        return Templates.decisions(Visiteur.de(identite), ChoixDossier.de(intitules), ScriptJson.of(json, intitules.parListe())).render();
    }
}
