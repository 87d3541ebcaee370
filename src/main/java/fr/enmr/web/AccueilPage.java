package fr.enmr.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The landing page: one entrance per kind of user. */
@Path("/")
public class AccueilPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accueil(Visiteur visiteur);
    }

    @Inject
    SecurityIdentity identite;

    @GET
    @Produces(Pages.HTML)
    public String accueil() {
        return Templates.accueil(Visiteur.de(identite)).render();
    }
}
