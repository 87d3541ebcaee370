package fr.enmr.moteur.constats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How the findings' French messages write dates and decimals. */
public final class Libelles {

    private static final DateTimeFormatter DATE_FRANCAISE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Libelles() {
    }

    /** 31/12/2014. */
    public static String date(LocalDate date) {
        return DATE_FRANCAISE.format(date);
    }

    /** 5,45 (decimal comma, no exponent). */
    public static String decimal(BigDecimal nombre) {
        return nombre.toPlainString().replace('.', ',');
    }

    /** A threshold as an analyst wrote it, without trailing zeros: 50, 2500, 1,5. */
    public static String nombre(BigDecimal nombre) {
        return decimal(nombre.stripTrailingZeros());
    }

    /** A rate as a percentage, without the sign: 0.10 → 10, 0.125 → 12,5. */
    public static String pourcentage(BigDecimal taux) {
        return nombre(taux.movePointRight(2));
    }
}
