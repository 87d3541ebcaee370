package fr.enmr.moteur.compile;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code x / y} in FEEL (BigDecimal, MathContext.DECIMAL128), remembered for small whole numbers: the models divide
 * counts by small constants (half-days by 11, indicators met by indicators given), and a 34-digit division is most
 * of a compiled decision's cost. The value is the one computed the first time, so nothing changes but the cost.
 */
final class QuotientsEntiers {

    private static final int DIVIDENDES = 4096;
    private static final int DIVISEURS = 128;
    /** [diviseur][dividende], filled as met; BigDecimal is immutable, so a racy fill only computes twice. */
    private static final BigDecimal[][] CONNUS = new BigDecimal[DIVISEURS][];
    private static final BigDecimal BORNE_DIVIDENDES = BigDecimal.valueOf(DIVIDENDES);
    private static final BigDecimal BORNE_DIVISEURS = BigDecimal.valueOf(DIVISEURS);

    private QuotientsEntiers() {
    }

    static BigDecimal diviser(BigDecimal x, BigDecimal y) {
        if (x.scale() == 0 && y.scale() == 0 && x.signum() >= 0 && y.signum() > 0
                && x.compareTo(BORNE_DIVIDENDES) < 0 && y.compareTo(BORNE_DIVISEURS) < 0) {
            int dividende = x.intValue();
            int diviseur = y.intValue();
            BigDecimal[] parDividende = CONNUS[diviseur];
            if (parDividende == null) {
                parDividende = new BigDecimal[DIVIDENDES];
                CONNUS[diviseur] = parDividende;
            }
            BigDecimal quotient = parDividende[dividende];
            if (quotient == null) {
                quotient = x.divide(y, MathContext.DECIMAL128);
                parDividende[dividende] = quotient;
            }
            return quotient;
        }
        return x.divide(y, MathContext.DECIMAL128);
    }
}
