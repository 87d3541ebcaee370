package fr.enmr.allocation.candidats;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * "Take the candidates from the stored decisions of this campaign" (scenario-api.md); with {@code version}, each
 * candidate is priced again by that rule version (any state, a draft included) from its latest decision's dossier.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceCandidats(String campagne, String version) {
}
