package fr.enmr.store;

/**
 * Filters of GET /api/decisions; a null filter is not applied. {@code reference} is a part of the reference, as typed,
 * in capitals or in small letters; {@code nom} a part of the structure's name, normalised as the stored names are
 * (fr.enmr.dossier.NomsDeStructure: small letters without accents, letters, digits and single spaces).
 * <p>
 * {@code annee}, {@code critere} and {@code constat} select what the steering dashboards count: the latest decision of
 * each reference for its year (a reference decided twice appears once), among which those for that year, failing that
 * site criterion, or raising that finding. Without them every stored decision is listed.
 */
public record RechercheDecisions(String reference, String region, String campagne, Boolean eligible,
        Integer annee, String critere, String constat, String nom) {

    public RechercheDecisions(String reference, String region, String campagne, Boolean eligible) {
        this(reference, region, campagne, eligible, null, null, null, null);
    }

    /** True when the list is that of the dashboards: the latest decision of each reference and year. */
    public boolean dernieresSeulement() {
        return annee != null || critere != null || constat != null;
    }

    public RechercheDecisions dansLaRegion(String laRegion) {
        return new RechercheDecisions(reference, laRegion, campagne, eligible, annee, critere, constat, nom);
    }
}
