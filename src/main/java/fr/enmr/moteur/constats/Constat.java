package fr.enmr.moteur.constats;

/**
 * A plausibility finding for an ARS agent to look at (enmr-rules.md §5; decision-api.md: constats[]).
 * It never changes eligibility or amounts.
 */
public record Constat(String code, Gravite gravite, String message) {
}
