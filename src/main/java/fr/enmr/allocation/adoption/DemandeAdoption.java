package fr.enmr.allocation.adoption;

/**
 * The body of POST /api/scenarios/{id}/adoption.
 *
 * @param motif    why the ministry adopts it (required)
 * @param campagne the campaign it is adopted for: required only when its candidates did not come from a campaign's
 *                 stored decisions (inline or CSV); otherwise that campaign, which it must equal if given
 */
public record DemandeAdoption(String motif, String campagne) {
}
