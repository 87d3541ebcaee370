package fr.enmr.allocation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The value of a retained team (domain rules §6, soft level): patientèle retenue × poidsZoneFragile
 * (in an under-served area) × poidsPremierRang (ARS's first choice). The solver adds it as a long
 * in units of 1/{@value #ECHELLE} weighted patient: weights have at most 2 decimals, so their
 * product has at most 4 and the scaled value is exact.
 */
public final class Valeur {

    /** Soft score points per weighted patient. */
    public static final long ECHELLE = 10_000;

    private Valeur() {
    }

    /** The exact value of §6, unscaled. */
    public static BigDecimal ponderee(int patienteleRetenue, boolean zoneFragile, int rangArs,
            BigDecimal poidsZoneFragile, BigDecimal poidsPremierRang) {
        BigDecimal valeur = BigDecimal.valueOf(patienteleRetenue);
        if (zoneFragile) {
            valeur = valeur.multiply(poidsZoneFragile);
        }
        if (rangArs == 1) {
            valeur = valeur.multiply(poidsPremierRang);
        }
        return valeur;
    }

    /** The value as the solver adds it: exact for weights of at most 2 decimals. */
    public static long enPoints(BigDecimal valeur) {
        return valeur.movePointRight(4).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Back from solver points to the value of §6. */
    public static BigDecimal depuisPoints(long points) {
        return Nombres.simplifie(BigDecimal.valueOf(points).movePointLeft(4));
    }
}
