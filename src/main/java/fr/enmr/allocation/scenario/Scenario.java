package fr.enmr.allocation.scenario;

import java.time.Instant;
import java.util.List;

/**
 * What a scenario asks, fixed once created: its complete parameters (defaults applied) and its
 * candidates (defaults applied), so that a result can always be explained again from them.
 *
 * @param origine where the candidates came from, in French (e.g. "liste fournie", "fichier CSV",
 *                "décisions enregistrées de la campagne ENMR_2014")
 */
public record Scenario(String id, String nom, Instant creeLe, String origine, ParametresScenario parametres,
        List<CandidatScenario> candidats) {
}
