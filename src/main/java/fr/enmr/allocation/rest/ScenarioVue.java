package fr.enmr.allocation.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.enmr.allocation.adoption.Adoption;
import fr.enmr.allocation.scenario.Avancement;
import fr.enmr.allocation.scenario.CalculResultat;
import fr.enmr.allocation.scenario.ParametresScenario;
import fr.enmr.allocation.scenario.Resultat;
import fr.enmr.allocation.scenario.ScenarioEnregistre;
import fr.enmr.allocation.candidats.SourceCandidats;
import fr.enmr.allocation.scenario.Statut;

/**
 * The answer of GET /api/scenarios/{id} (scenario-api.md), with the parameters actually used; {@code campagne} and
 * {@code versionRegles} when its candidates came from a campaign's decisions (priced again by that rule version), and
 * {@code adopte} once the ministry adopted it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioVue(String id, String nom, Statut statut, String motif, String score, Instant creeLe, String origine,
        int nombreCandidats, ParametresScenario parametres, Progression progression, Resultat resultat, String campagne,
        String versionRegles, Adoption adopte) {

    /** {@code secondesEnregistrees}: the solving time of the best result already in the store, which a restart keeps. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progression(double secondesEcoulees, List<Avancement.Point> historique, Double secondesEnregistrees) {
    }

    /** The result is the best selection so far while EN_COURS, the final one afterwards; none before the first. */
    static ScenarioVue de(ScenarioEnregistre etat) {
        return de(etat, null);
    }

    static ScenarioVue de(ScenarioEnregistre etat, Adoption adopte) {
        Avancement a = etat.avancement();
        Resultat resultat = a.score() == null ? null : CalculResultat.calculer(etat.scenario(), a);
        SourceCandidats source = etat.scenario().source();
        return new ScenarioVue(etat.id(), etat.scenario().nom(), a.statut(), a.motif(), a.score(), etat.scenario().creeLe(),
                etat.scenario().origine(), etat.scenario().candidats().size(), etat.scenario().parametres(),
                new Progression(a.secondesEcoulees(), a.historique(), a.secondesEnregistrees()), resultat,
                source == null ? null : source.campagne(), source == null ? null : source.version(), adopte);
    }
}
