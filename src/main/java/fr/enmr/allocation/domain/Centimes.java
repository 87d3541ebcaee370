package fr.enmr.allocation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts: euros with 2 decimals at the edges, long cents inside the solver, French text in explanations. */
public final class Centimes {

    private Centimes() {
    }

    public static long depuisEuros(BigDecimal euros) {
        return euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal enEuros(long centimes) {
        return BigDecimal.valueOf(centimes, 2);
    }

    /** e.g. "8 000 000,00 €" (narrow no-break spaces, as French typography wants). */
    public static String texte(long centimes) {
        DecimalFormatSymbols symboles = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symboles.setGroupingSeparator('\u202f');
        return new DecimalFormat("#,##0.00", symboles).format(enEuros(centimes)) + " €";
    }
}
