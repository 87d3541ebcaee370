package fr.enmr.store;

/** Filters of GET /api/decisions; a null filter is not applied. */
public record RechercheDecisions(String reference, String region, String campagne, Boolean eligible) {
}
