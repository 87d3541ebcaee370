package fr.enmr.web;

import fr.enmr.dossier.Vocabulaire;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The steering dashboards (ministry, analysts, ARS agents for their region): the page's script reads
 * GET /api/pilotage and links to its CSV and .xlsx exports.
 */
@Path("/pilotage")
public class PilotagePage {

    /** The choices of the form: campaigns and, for the ministry and analysts, every region. */
    public record Choix(List<Option> campagnes, List<Option> regions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pilotage(Visiteur visiteur, Choix choix, String chartJs, String intitules);
    }

    @Inject
    SecurityIdentity identite;

    @Inject
    Intitules intitules;

    @Inject
    BibliothequeGraphiques graphiques;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(Pages.HTML)
    public String pilotage() {
        Choix choix = new Choix(intitules.options(Vocabulaire.Liste.CAMPAGNES), intitules.options(Vocabulaire.Liste.REGIONS));
        return Templates.pilotage(Visiteur.de(identite), choix, graphiques.chartJs(), ScriptJson.of(json, intitules.parListe())).render();
    }
}
