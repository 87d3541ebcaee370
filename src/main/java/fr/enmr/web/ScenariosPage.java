package fr.enmr.web;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.Vocabulaire;
import fr.enmr.allocation.candidats.CandidatsCsv;
import fr.enmr.allocation.scenario.ParametresScenario;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The ministry's space: create an allocation scenario, watch it solve, read its result by region and
 * per candidate, compare two scenarios. The page's script calls /api/scenarios for all of it.
 */
@Path("/scenarios")
public class ScenariosPage {

    /** The defaults a scenario is solved with when a field is left empty (domain rules §6). */
    public record Defauts(int places, String enveloppe, int minimumParDefaut, String poidsZoneFragile, String poidsPremierRang,
            List<String> colonnesCsv, List<Option> campagnes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scenarios(Visiteur visiteur, Defauts defauts, String chartJs, String intitules);
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
    public String scenarios() {
        Defauts defauts = new Defauts(ParametresScenario.PLACES, Formats.euros(ParametresScenario.ENVELOPPE),
                ParametresScenario.MINIMUM_PAR_DEFAUT, ParametresScenario.POIDS_ZONE_FRAGILE.toPlainString().replace('.', ','),
                ParametresScenario.POIDS_PREMIER_RANG.toPlainString().replace('.', ','), CandidatsCsv.COLONNES,
                intitules.options(Vocabulaire.Liste.CAMPAGNES));
        return Templates.scenarios(Visiteur.de(identite), defauts, graphiques.chartJs(), ScriptJson.of(json, intitules.parListe())).render();
    }
}
