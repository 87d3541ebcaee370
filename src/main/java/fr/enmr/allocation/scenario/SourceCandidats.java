package fr.enmr.allocation.scenario;


/** "Take the candidates from the stored decisions of this campaign" (scenario-api.md). */
public record SourceCandidats(String campagne) {
}
