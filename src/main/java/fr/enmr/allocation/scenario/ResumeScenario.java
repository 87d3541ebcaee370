package fr.enmr.allocation.scenario;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One scenario in the list of GET /api/scenarios: enough to choose it, not its candidates or result.
 *
 * @param score the best score stored so far; absent before the first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResumeScenario(String id, String nom, Statut statut, Instant creeLe, String score, int nombreCandidats) {
}
