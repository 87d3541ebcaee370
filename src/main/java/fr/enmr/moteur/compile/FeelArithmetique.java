package fr.enmr.moteur.compile;

import static fr.enmr.moteur.compile.ResultatsKie.resultat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.kie.dmn.feel.lang.ast.infixexecutors.AddExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.DivExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.MultExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.SubExecutor;
import org.kie.dmn.feel.runtime.functions.RoundHalfUpFunction;

/**
 * FEEL's {@code + - * /} and {@code round half up} ({@link Feel} is their public face). Fast paths: the operand kinds
 * this service's models meet, computed as KIE's executors compute them (same MathContext, same null rules); any
 * other kind goes to KIE's executor.
 */
final class FeelArithmetique {

    /** The scales KIE's round functions accept (DMN 1.5, table 76). */
    private static final BigDecimal ECHELLE_MIN = BigDecimal.valueOf(-6111);
    private static final BigDecimal ECHELLE_MAX = BigDecimal.valueOf(6176);

    private FeelArithmetique() {
    }

    static Object plus(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.add(y, MathContext.DECIMAL128);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        return AddExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    // a + b + c + …: the usual numbers of terms, all texts, by Java's own concatenation (sized once, one copy);
    // otherwise the general case, left to right as KIE evaluates it

    static Object concatener(Object a, Object b, Object c) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc) {
            return ta + tb + tc;
        }
        return concatener(new Object[] {a, b, c});
    }

    static Object concatener(Object a, Object b, Object c, Object d) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td) {
            return ta + tb + tc + td;
        }
        return concatener(new Object[] {a, b, c, d});
    }

    static Object concatener(Object a, Object b, Object c, Object d, Object e) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td && e instanceof String te) {
            return ta + tb + tc + td + te;
        }
        return concatener(new Object[] {a, b, c, d, e});
    }

    static Object concatener(Object a, Object b, Object c, Object d, Object e, Object f) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td && e instanceof String te && f instanceof String tf) {
            return ta + tb + tc + td + te + tf;
        }
        return concatener(new Object[] {a, b, c, d, e, f});
    }

    static Object concatener(Object a, Object b, Object c, Object d, Object e, Object f, Object g) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td && e instanceof String te && f instanceof String tf && g instanceof String tg) {
            return ta + tb + tc + td + te + tf + tg;
        }
        return concatener(new Object[] {a, b, c, d, e, f, g});
    }

    static Object concatener(Object a, Object b, Object c, Object d, Object e, Object f, Object g, Object h) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td && e instanceof String te && f instanceof String tf && g instanceof String tg && h instanceof String th) {
            return ta + tb + tc + td + te + tf + tg + th;
        }
        return concatener(new Object[] {a, b, c, d, e, f, g, h});
    }

    static Object concatener(Object... termes) {
        boolean textes = true;
        int longueur = 0;
        for (Object terme : termes) {
            if (!(terme instanceof String texte)) {
                textes = false;
                break;
            }
            longueur += texte.length();
        }
        if (textes) {
            StringBuilder resultat = new StringBuilder(longueur);
            for (Object terme : termes) {
                resultat.append((String) terme);
            }
            return resultat.toString();
        }
        Object resultat = termes[0];
        for (int i = 1; i < termes.length; i++) {
            resultat = plus(resultat, termes[i]);
        }
        return resultat;
    }

    static Object moins(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.subtract(y, MathContext.DECIMAL128);
        }
        return SubExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    static Object fois(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.multiply(y, MathContext.DECIMAL128);
        }
        return MultExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    static Object divise(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y && y.signum() != 0) {
            return QuotientsEntiers.diviser(x, y);
        }
        return DivExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    static Object roundHalfUp(Object nombre, Object echelle) {
        if (!(nombre instanceof BigDecimal n) || !(echelle instanceof BigDecimal e)) {
            throw new ErreurFeel("round half up(" + nombre + ", " + echelle + ")");
        }
        if (e.compareTo(ECHELLE_MIN) >= 0 && e.compareTo(ECHELLE_MAX) <= 0) {
            return n.setScale(e.intValue(), RoundingMode.HALF_UP);
        }
        return resultat(RoundHalfUpFunction.INSTANCE.invoke(n, e));
    }
}
