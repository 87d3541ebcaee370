package fr.enmr.moteur;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts leave the service with exactly two decimals (the DMN model has already rounded them to the cent). */
final class Euros {
    private Euros() {
    }

    static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
