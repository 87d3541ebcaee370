package fr.enmr.moteur.compile;

import static fr.enmr.moteur.compile.ResultatsKie.resultat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.kie.dmn.feel.lang.ast.infixexecutors.EqExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.GtExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.GteExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.InfixExecutorUtils;
import org.kie.dmn.feel.lang.ast.infixexecutors.LtExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.LteExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.NeExecutor;
import org.kie.dmn.feel.runtime.functions.NotFunction;

/**
 * FEEL's comparisons and three-valued logic ({@link Feel} is their public face). Fast paths: numbers, texts, dates
 * and booleans compared as KIE's executors compare them (BooleanEvalHelper, InfixExecutorUtils); any other kind, and
 * null where KIE has its own rule, goes to KIE's executor.
 */
final class FeelComparaisons {

    private FeelComparaisons() {
    }

    static Object egal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof String && b instanceof String || a instanceof Boolean && b instanceof Boolean) {
            return a.equals(b);
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return EqExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    static Object different(Object a, Object b) {
        Object egal = egal(a, b);
        return egal instanceof Boolean e ? !e : NeExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    /**
     * {@code compareTo}'s sign for two operands of one comparable kind (number, text, date); -2 otherwise, KIE's
     * executor then decides (with a null too: KIE's {@code >=} and {@code <=} are {@code >} or {@code =}, so
     * {@code null >= null} is true).
     */
    private static int comparer(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return Integer.signum(x.compareTo(y));
        }
        if (a instanceof String x && b instanceof String y) {
            return Integer.signum(x.compareTo(y));
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return Integer.signum(x.compareTo(y));
        }
        return -2;
    }

    static Object inferieur(Object a, Object b) {
        int c = comparer(a, b);
        return c >= -1 ? (Object) (c < 0) : LtExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    static Object inferieurOuEgal(Object a, Object b) {
        int c = comparer(a, b);
        return c >= -1 ? (Object) (c <= 0) : LteExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    static Object superieur(Object a, Object b) {
        int c = comparer(a, b);
        return c >= -1 ? (Object) (c > 0) : GtExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    static Object superieurOuEgal(Object a, Object b) {
        int c = comparer(a, b);
        return c >= -1 ? (Object) (c >= 0) : GteExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    /** FEEL's three-valued {@code and}, the right side evaluated only when the left does not decide (as KIE). */
    static Object et(Object gauche, Supplier<Object> droite) {
        if (Boolean.FALSE.equals(gauche)) {
            return Boolean.FALSE;
        }
        return InfixExecutorUtils.and(gauche, droite.get(), ContexteOperateurs.INSTANCE);
    }

    static Object ou(Object gauche, Supplier<Object> droite) {
        if (Boolean.TRUE.equals(gauche)) {
            return Boolean.TRUE;
        }
        return InfixExecutorUtils.or(gauche, droite.get(), ContexteOperateurs.INSTANCE);
    }

    static Object non(Object valeur) {
        if (valeur == null) {
            return null;
        }
        if (valeur instanceof Boolean b) {
            return !b;
        }
        return resultat(NotFunction.INSTANCE.invoke(valeur));
    }
}
