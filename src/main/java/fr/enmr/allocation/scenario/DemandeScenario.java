package fr.enmr.allocation.scenario;

import fr.enmr.allocation.candidats.SourceCandidats;
import fr.enmr.allocation.candidats.CandidatScenario;
import java.util.List;

/** The body of POST /api/scenarios: a name, parameters, and the candidates either inline or from a source. */
public record DemandeScenario(String nom, ParametresScenario parametres, List<CandidatScenario> candidats, SourceCandidats source) {
}
