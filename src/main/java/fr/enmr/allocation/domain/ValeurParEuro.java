package fr.enmr.allocation.domain;

import java.util.Comparator;

/**
 * Orders candidates from the least to the most worth retaining per euro; OptaPlanner's
 * "decreasing difficulty" construction then tries the best value per euro first, like a ministry
 * spreadsheet sorted on that column.
 */
public class ValeurParEuro implements Comparator<Candidat> {

    @Override
    public int compare(Candidat a, Candidat b) {
        return Comparator.comparingDouble(ValeurParEuro::ratio)
                .thenComparingLong(Candidat::getValeur)
                .thenComparing(Candidat::getReference, Comparator.reverseOrder())
                .compare(a, b);
    }

    /** Value points per cent; a free candidate comes first. */
    public static double ratio(Candidat candidat) {
        return candidat.getCoutCentimes() == 0 ? Double.MAX_VALUE : (double) candidat.getValeur() / candidat.getCoutCentimes();
    }
}
