package fr.enmr.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The landing page: one entrance per kind of user. */
@Path("/")
public class AccueilPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accueil();
    }

    @GET
    @Produces(Pages.HTML)
    public String accueil() {
        return Templates.accueil().render();
    }
}
