package fr.enmr.allocation.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.enmr.allocation.domain.Nombres;

/** Numbers as a French reader expects them in explanations: "6 030,5", never "6030.5". */
final class Textes {

    private Textes() {
    }

    static String nombre(BigDecimal valeur) {
        return Nombres.texte(valeur);
    }

    /** Value per thousand euros of cost, 2 decimals; "—" for a team that costs nothing. */
    static BigDecimal parMilleEuros(BigDecimal valeur, BigDecimal cout) {
        return cout.signum() == 0 ? null : valeur.multiply(BigDecimal.valueOf(1000)).divide(cout, 2, RoundingMode.HALF_UP);
    }
}
