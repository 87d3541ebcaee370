package fr.enmr.allocation.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Values as the ministry reads them: no needless zeros, never "6E+3" in JSON, "6 030,5" in French text. */
public final class Nombres {

    private Nombres() {
    }

    /** Without trailing zeros but never in exponent form (Jackson writes a BigDecimal's toString()). */
    public static BigDecimal simplifie(BigDecimal valeur) {
        BigDecimal sansZeros = valeur.stripTrailingZeros();
        return sansZeros.scale() < 0 ? sansZeros.setScale(0) : sansZeros;
    }

    public static String texte(BigDecimal valeur) {
        DecimalFormatSymbols symboles = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symboles.setGroupingSeparator('\u202f');
        return new DecimalFormat("#,##0.####", symboles).format(valeur);
    }

    public static String texte(long valeur) {
        return texte(BigDecimal.valueOf(valeur));
    }
}
