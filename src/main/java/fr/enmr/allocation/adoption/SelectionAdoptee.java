package fr.enmr.allocation.adoption;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * GET /api/scenarios/adoptes?campagne= (scenario-api.md): the campaign's adopted selection, region by region, and the
 * history of its adoptions. An ARS agent gets its own region's part only.
 *
 * @param nom        the adopted scenario's name
 * @param parRegion  per region, its retained teams and its teams not retained with the reason of each
 * @param historique every adoption of the campaign, the one in force first (without any team)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectionAdoptee(String scenario, String nom, String campagne, Adoption adopte, List<Region> parRegion,
        List<Adoption> historique) {

    public record Region(String region, List<Retenu> retenus, List<NonRetenu> nonRetenus) {

        public BigDecimal cout() {
            return retenus.stream().map(Retenu::cout).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record Retenu(String reference, String nom, BigDecimal cout) {
    }

    /** @param raison the scenario's explanation of why it is not retained, without the solver's score notation */
    public record NonRetenu(String reference, String nom, String raison) {
    }
}
