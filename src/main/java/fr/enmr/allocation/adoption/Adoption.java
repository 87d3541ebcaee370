package fr.enmr.allocation.adoption;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.enmr.store.StoredAdoption;

/**
 * A scenario's adoption by the ministry as the API shows it ({@code "adopte"}, scenario-api.md « The ministry's levers »).
 *
 * @param scenario     the adopted scenario
 * @param enVigueur    whether it is the campaign's adoption in force (false once another scenario replaced it)
 * @param remplace     the scenario whose adoption it replaced, absent for the campaign's first
 * @param remplaceePar the scenario adopted after it, once replaced
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Adoption(String scenario, String campagne, Instant le, String par, String motif, boolean enVigueur, String remplace,
        String remplaceePar, @JsonIgnore String acte) {

    static Adoption de(StoredAdoption stockee, boolean enVigueur, String remplaceePar) {
        return new Adoption(stockee.scenario(), stockee.campagne(), Instant.ofEpochMilli(stockee.le()), stockee.par(), stockee.motif(),
                enVigueur, stockee.remplace(), remplaceePar, stockee.acte());
    }
}
