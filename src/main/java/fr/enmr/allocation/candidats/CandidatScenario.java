package fr.enmr.allocation.candidats;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;


/**
 * A candidate of a scenario as the ministry gives it (scenario-api.md): inline JSON, a CSV line,
 * or read from a stored decision. Wrappers let validation tell a missing field from a zero.
 *
 * @param cout              expected yearly cost in euros (Module 1 + Module 2 of its decision)
 * @param zoneFragile       in an under-served area; false when absent
 * @param rangArs           the ARS's priority rank, 1 = first choice; 1 when absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidatScenario(
        String reference,
        String nom,
        String region,
        BigDecimal cout,
        Integer patienteleRetenue,
        Boolean zoneFragile,
        Integer rangArs,
        Boolean eligible) {

    /** With the contract's defaults filled in; call after validation. */
    public CandidatScenario complet() {
        return new CandidatScenario(reference, nom, region, cout, patienteleRetenue,
                zoneFragile != null && zoneFragile, rangArs == null ? 1 : rangArs, eligible);
    }
}
