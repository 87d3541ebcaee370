package fr.enmr.dossier;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts, numbers and dates as the decision's page and its PDF write them (one format for both): « 35 450,00 € »
 * (U+202F between thousands, U+00A0 before the sign, as Java's French locale writes it), « 15/11/2013 »,
 * « 15/11/2013 à 14:05 » in Paris time.
 */
public final class EnFrancais {

    private static final Locale FRANCAIS = Locale.FRANCE;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRANCAIS);
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", FRANCAIS);
    private static final String RIEN = "—";

    private EnFrancais() {
    }

    public static String euros(BigDecimal montant) {
        return montant == null ? RIEN : NumberFormat.getCurrencyInstance(FRANCAIS).format(montant);
    }

    /** 3350 → « 3 350 », 5.4512 with 2 decimals → « 5,45 ». */
    public static String nombre(BigDecimal valeur, int decimalesMax) {
        if (valeur == null) {
            return RIEN;
        }
        NumberFormat format = NumberFormat.getNumberInstance(FRANCAIS);
        format.setMaximumFractionDigits(decimalesMax);
        return format.format(valeur);
    }

    /** 1 → « 100 % ». */
    public static String pourcent(BigDecimal taux) {
        if (taux == null) {
            return RIEN;
        }
        NumberFormat format = NumberFormat.getPercentInstance(FRANCAIS);
        format.setMaximumFractionDigits(2);
        return format.format(taux);
    }

    public static String date(LocalDate jour) {
        return jour == null ? RIEN : DATE.format(jour);
    }

    /** An instant in Paris time: « 15/11/2013 à 14:05 ». */
    public static String dateHeure(Instant instant) {
        return instant == null ? RIEN : DATE_HEURE.format(instant.atZone(PARIS));
    }
}
