package fr.enmr.web;

import java.util.List;

import fr.enmr.decision.VersionRegles;
import fr.enmr.web.regles.CatalogueRegles;
import fr.enmr.web.regles.ModeleDmn;
import fr.enmr.web.regles.TraceDecision;
import fr.enmr.web.regles.TraceDecisions;
import fr.enmr.web.regles.UniteRegles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/**
 * The analysts' space: the DMN models and rule units the service runs, with their sources, and for a
 * stored decision the criteria and table rows that produced it.
 */
@Path("/regles")
public class ReglesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance regles(Visiteur visiteur, List<ModeleDmn> modeles, List<UniteRegles> unites, String sha256,
                String demande, TraceDecision trace);
    }

    @Inject
    CatalogueRegles catalogue;

    @Inject
    TraceDecisions traces;

    @Inject
    VersionRegles version;

    @Inject
    SecurityIdentity identite;

    @GET
    @Produces(Pages.HTML)
    public String regles(@QueryParam("decision") String decision) {
        String demande = decision == null || decision.isBlank() ? null : decision.strip();
        TraceDecision trace = demande == null ? null : traces.tracer(demande).orElse(null);
        return Templates.regles(Visiteur.de(identite), catalogue.modeles(), catalogue.unites(), version.sha256(), demande, trace).render();
    }
}
