package fr.enmr.allocation.scenario;

import fr.enmr.dossier.Campagne;

/** "Take the candidates from the stored decisions of this campaign" (scenario-api.md). */
public record SourceCandidats(Campagne campagne) {
}
