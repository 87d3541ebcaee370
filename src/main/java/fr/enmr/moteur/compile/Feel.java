package fr.enmr.moteur.compile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.kie.dmn.api.feel.runtime.events.FEELEvent;
import org.kie.dmn.feel.lang.ast.infixexecutors.AddExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.DivExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.EqExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.GtExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.GteExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.InfixExecutorUtils;
import org.kie.dmn.feel.lang.ast.infixexecutors.LtExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.LteExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.MultExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.NeExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.SubExecutor;
import org.kie.dmn.feel.runtime.functions.AllFunction;
import org.kie.dmn.feel.runtime.functions.AnyFunction;
import org.kie.dmn.feel.runtime.functions.ConcatenateFunction;
import org.kie.dmn.feel.runtime.functions.CountFunction;
import org.kie.dmn.feel.runtime.functions.DateFunction;
import org.kie.dmn.feel.runtime.functions.DistinctValuesFunction;
import org.kie.dmn.feel.runtime.functions.FEELFnResult;
import org.kie.dmn.feel.runtime.functions.GetValueFunction;
import org.kie.dmn.feel.runtime.functions.ListContainsFunction;
import org.kie.dmn.feel.runtime.functions.MaxFunction;
import org.kie.dmn.feel.runtime.functions.MinFunction;
import org.kie.dmn.feel.runtime.functions.NotFunction;
import org.kie.dmn.feel.runtime.functions.RoundHalfUpFunction;
import org.kie.dmn.feel.runtime.functions.StringFunction;
import org.kie.dmn.feel.runtime.functions.StringJoinFunction;
import org.kie.dmn.feel.runtime.functions.SumFunction;

/**
 * What generated models call: FEEL's operators and built-in functions, done by KIE's own operator executors and
 * function classes so that every value (number scale, null, text of a date) is KIE's. Anything KIE would report as
 * an error, and any argument shape this class does not pass to KIE exactly as KIE's interpreter would, throws
 * {@link ErreurFeel}: the dossier is then decided by KIE. Public signatures use JDK types only, so a model compiled
 * at run time needs nothing else on its class path.
 */
public final class Feel {

    /** Marks a name not in scope, for a name inside a list filter that the element may define. */
    public static final Object ABSENT = new Object();

    private Feel() {
    }

    // ---- operators (KIE's executors; an error event becomes ErreurFeel)

    // Fast paths: the operand kinds this service's models meet, computed as KIE's executors compute them (same
    // MathContext, same null rules: BooleanEvalHelper, InfixExecutorUtils); any other kind goes to KIE's executor.

    public static Object plus(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.add(y, MathContext.DECIMAL128);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        return AddExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    /**
     * {@code a + b + c + …} as KIE evaluates it, left to right: when every operand is a text, one concatenation instead
     * of an intermediate text per {@code +}.
     */
    // The usual numbers of terms, all texts: Java's own concatenation (sized once, one copy); otherwise the general case.

    public static Object concatener(Object a, Object b, Object c) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc) {
            return ta + tb + tc;
        }
        return concatener(new Object[] {a, b, c});
    }

    public static Object concatener(Object a, Object b, Object c, Object d) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td) {
            return ta + tb + tc + td;
        }
        return concatener(new Object[] {a, b, c, d});
    }

    public static Object concatener(Object a, Object b, Object c, Object d, Object e) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td && e instanceof String te) {
            return ta + tb + tc + td + te;
        }
        return concatener(new Object[] {a, b, c, d, e});
    }

    public static Object concatener(Object a, Object b, Object c, Object d, Object e, Object f) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td && e instanceof String te && f instanceof String tf) {
            return ta + tb + tc + td + te + tf;
        }
        return concatener(new Object[] {a, b, c, d, e, f});
    }

    public static Object concatener(Object a, Object b, Object c, Object d, Object e, Object f, Object g) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td && e instanceof String te && f instanceof String tf && g instanceof String tg) {
            return ta + tb + tc + td + te + tf + tg;
        }
        return concatener(new Object[] {a, b, c, d, e, f, g});
    }

    public static Object concatener(Object a, Object b, Object c, Object d, Object e, Object f, Object g, Object h) {
        if (a instanceof String ta && b instanceof String tb && c instanceof String tc && d instanceof String td && e instanceof String te && f instanceof String tf && g instanceof String tg && h instanceof String th) {
            return ta + tb + tc + td + te + tf + tg + th;
        }
        return concatener(new Object[] {a, b, c, d, e, f, g, h});
    }

    public static Object concatener(Object... termes) {
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

    public static Object moins(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.subtract(y, MathContext.DECIMAL128);
        }
        return SubExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    public static Object fois(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.multiply(y, MathContext.DECIMAL128);
        }
        return MultExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    public static Object divise(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y && y.signum() != 0) {
            return QuotientsEntiers.diviser(x, y);
        }
        return DivExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    public static Object egal(Object a, Object b) {
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

    public static Object different(Object a, Object b) {
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

    public static Object inferieur(Object a, Object b) {
        int c = comparer(a, b);
        return c >= -1 ? (Object) (c < 0) : LtExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    public static Object inferieurOuEgal(Object a, Object b) {
        int c = comparer(a, b);
        return c >= -1 ? (Object) (c <= 0) : LteExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    public static Object superieur(Object a, Object b) {
        int c = comparer(a, b);
        return c >= -1 ? (Object) (c > 0) : GtExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    public static Object superieurOuEgal(Object a, Object b) {
        int c = comparer(a, b);
        return c >= -1 ? (Object) (c >= 0) : GteExecutor.instance().evaluate(a, b, ContexteOperateurs.INSTANCE);
    }

    /** FEEL's three-valued {@code and}, the right side evaluated only when the left does not decide (as KIE). */
    public static Object et(Object gauche, Supplier<Object> droite) {
        if (Boolean.FALSE.equals(gauche)) {
            return Boolean.FALSE;
        }
        return InfixExecutorUtils.and(gauche, droite.get(), ContexteOperateurs.INSTANCE);
    }

    public static Object ou(Object gauche, Supplier<Object> droite) {
        if (Boolean.TRUE.equals(gauche)) {
            return Boolean.TRUE;
        }
        return InfixExecutorUtils.or(gauche, droite.get(), ContexteOperateurs.INSTANCE);
    }

    /** The condition of an {@code if} and the outcome of a rule's test: only {@code true} counts. */
    public static boolean vrai(Object valeur) {
        return Boolean.TRUE.equals(valeur);
    }

    // ---- values

    public static List<Object> liste(Object... elements) {
        List<Object> liste = new ArrayList<>(elements.length);
        Collections.addAll(liste, elements);
        return liste;
    }

    /** The value as a list if it is one, tested by class first (the lists the models make are ArrayLists); null otherwise. */
    private static List<?> enListe(Object valeur) {
        return valeur instanceof ArrayList<?> a ? a : valeur instanceof List<?> l ? l : null;
    }

    /** A value shared by every evaluation (a decision that requires nothing): its lists, at any depth, read-only. */
    public static Object figee(Object valeur) {
        if (valeur instanceof List<?> liste) {
            List<Object> elements = new ArrayList<>(liste.size());
            for (Object element : liste) {
                elements.add(figee(element));
            }
            return Collections.unmodifiableList(elements);
        }
        if (valeur instanceof ContexteFeel contexte) {
            return contexte.figee();
        }
        if (valeur instanceof Map<?, ?> contexte) {
            Map<Object, Object> entrees = new LinkedHashMap<>();
            contexte.forEach((cle, element) -> entrees.put(cle, figee(element)));
            return Collections.unmodifiableMap(entrees);
        }
        return valeur;
    }

    /**
     * A FEEL context literal {@code {a: …, b: …}}, a boxed context without a final result, or a decision table's row
     * with several outputs: its keys (a constant of the generated class) and values, in a compact map.
     */
    public static Map<String, Object> contexte(String[] cles, Object... valeurs) {
        return new ContexteFeel(cles, valeurs);
    }

    /** A decision's, context entry's or parameter's value of a type that is not a list: a one-element list is its element. */
    public static Object unique(Object valeur) {
        // the model's usual values by class first: a test against the Collection interface costs a walk of the class's interfaces
        if (valeur instanceof ArrayList<?> liste) {
            return liste.size() == 1 ? liste.get(0) : liste;
        }
        if (valeur == null || valeur instanceof String || valeur instanceof BigDecimal || valeur instanceof Boolean || valeur instanceof ContexteFeel) {
            return valeur;
        }
        if (valeur instanceof Collection<?> collection && collection.size() == 1) {
            return collection.iterator().next();
        }
        return valeur;
    }

    /** {@code a.b}: a context's entry, or each element's entry for a list; null stays null. */
    public static Object champ(Object valeur, String nom) {
        if (valeur == null) {
            return null;
        }
        if (valeur instanceof ContexteFeel contexte) {
            return contexte.get(nom);
        }
        if (valeur instanceof List<?> liste) {
            List<Object> valeurs = new ArrayList<>(liste.size());
            for (Object element : liste) {
                valeurs.add(champSimple(element, nom));
            }
            return valeurs;
        }
        return champSimple(valeur, nom);
    }

    private static Object champSimple(Object valeur, String nom) {
        if (valeur == null) {
            return null;
        }
        if (valeur instanceof ContexteFeel contexte) {
            return contexte.get(nom);
        }
        if (valeur instanceof Map<?, ?> contexte) {
            return contexte.get(nom);
        }
        throw new ErreurFeel("path ." + nom + " on a " + valeur.getClass().getSimpleName());
    }

    /**
     * A name inside a list filter: the element's entry of that name when the element is a context that has it,
     * otherwise the name's value around the filter ({@link #ABSENT}: not in scope, null as KIE gives).
     */
    public static Object nomDansFiltre(Object element, String nom, Object autour) {
        if (element instanceof ContexteFeel contexte) {
            int i = contexte.indice(nom);
            if (i >= 0) {
                return contexte.valeur(i);
            }
        } else if (element instanceof Map<?, ?> contexte && contexte.containsKey(nom)) {
            return contexte.get(nom);
        }
        return autour == ABSENT ? null : autour;
    }

    /** {@code liste[condition]}: the elements for which the condition is true; an error excludes the element (KIE). */
    public static List<Object> filtrer(Object valeur, Function<Object, Object> condition) {
        List<?> liste = enListe(valeur);
        if (liste == null) {
            liste = Collections.singletonList(valeur);
        }
        List<Object> retenus = new ArrayList<>(liste.size());
        for (Object element : liste) {
            Object verdict;
            try {
                verdict = condition.apply(element);
            } catch (ErreurFeel ignoree) {
                verdict = null;
            }
            if (Boolean.TRUE.equals(verdict)) {
                retenus.add(element);
            }
        }
        return retenus;
    }

    /** {@code for x in liste return …}. */
    public static List<Object> pour(Object valeur, Function<Object, Object> corps) {
        List<?> elements = enListe(valeur);
        if (elements == null) { // null, a range, a single value: left to KIE
            throw new ErreurFeel("for over " + valeur);
        }
        List<Object> resultats = new ArrayList<>(elements.size());
        for (Object element : elements) {
            resultats.add(corps.apply(element));
        }
        return resultats;
    }

    // ---- built-in functions (KIE's classes; an error result becomes ErreurFeel)

    public static Object non(Object valeur) {
        if (valeur == null) {
            return null;
        }
        if (valeur instanceof Boolean b) {
            return !b;
        }
        return resultat(NotFunction.INSTANCE.invoke(valeur));
    }

    // Fast paths of the built-in functions: the argument kinds this service's models meet, computed as KIE's function
    // classes compute them (same checks, same order, same result); any other kind, and every error, goes to KIE's class.

    public static Object count(Object... arguments) {
        List<?> liste = arguments.length == 1 ? enListe(arguments[0]) : null;
        if (liste != null) {
            return BigDecimal.valueOf(liste.size());
        }
        return arguments.length == 1 ? resultat(CountFunction.INSTANCE.invoke(seuleListe("count", arguments))) : resultat(CountFunction.INSTANCE.invoke(arguments));
    }

    public static Object sum(Object... arguments) {
        List<?> liste = arguments.length == 1 ? enListe(arguments[0]) : null;
        if (liste != null && !liste.isEmpty()) {
            BigDecimal somme = BigDecimal.ZERO;
            for (Object element : liste) {
                if (!(element instanceof BigDecimal nombre)) {
                    return resultat(SumFunction.INSTANCE.invoke(liste));
                }
                somme = somme.add(nombre);
            }
            return somme;
        }
        return arguments.length == 1 ? resultat(SumFunction.INSTANCE.invoke(seuleListe("sum", arguments))) : resultat(SumFunction.INSTANCE.invoke(arguments));
    }

    public static Object all(Object... arguments) {
        List<?> liste = arguments.length == 1 ? enListe(arguments[0]) : null;
        if (liste != null) {
            boolean tous = true;
            boolean nul = false;
            for (Object element : liste) {
                if (element == null) {
                    nul = true;
                } else if (element instanceof Boolean b) {
                    tous &= b;
                } else {
                    return resultat(AllFunction.INSTANCE.invoke(liste));
                }
            }
            return nul && tous ? null : tous;
        }
        return arguments.length == 1 ? resultat(AllFunction.INSTANCE.invoke(seuleListe("all", arguments))) : resultat(AllFunction.INSTANCE.invoke(arguments));
    }

    public static Object any(Object... arguments) {
        return arguments.length == 1 ? resultat(AnyFunction.INSTANCE.invoke(seuleListe("any", arguments))) : resultat(AnyFunction.INSTANCE.invoke(arguments));
    }

    public static Object min(Object... arguments) {
        return arguments.length == 1 ? resultat(MinFunction.INSTANCE.invoke(seuleListe("min", arguments))) : resultat(MinFunction.INSTANCE.invoke(arguments));
    }

    public static Object max(Object... arguments) {
        return arguments.length == 1 ? resultat(MaxFunction.INSTANCE.invoke(seuleListe("max", arguments))) : resultat(MaxFunction.INSTANCE.invoke(arguments));
    }

    public static Object concatenate(Object... listes) {
        int taille = 0;
        for (Object liste : listes) {
            if (liste == null) {
                return resultat(ConcatenateFunction.INSTANCE.invoke(listes));
            }
            taille += liste instanceof ArrayList<?> a ? a.size() : liste instanceof Collection<?> c ? c.size() : 1;
        }
        List<Object> resultat = new ArrayList<>(taille);
        for (Object liste : listes) {
            if (liste instanceof ArrayList<?> a) {
                resultat.addAll(a);
            } else if (liste instanceof Collection<?> c) {
                resultat.addAll(c);
            } else {
                resultat.add(liste);
            }
        }
        return resultat;
    }

    public static Object listContains(Object liste, Object element) {
        List<?> l = enListe(liste);
        if (l == null) {
            throw new ErreurFeel("list contains on " + liste);
        }
        if (element instanceof String) { // KIE: String.equals each element, as contains does
            return l.contains(element);
        }
        return resultat(ListContainsFunction.INSTANCE.invoke(l, element));
    }

    public static Object distinctValues(Object liste) {
        return resultat(DistinctValuesFunction.INSTANCE.invoke(liste));
    }

    /** KIE's one-argument {@code string join} is the two-argument one without a separator. */
    public static Object stringJoin(Object liste) {
        return stringJoin(liste, null);
    }

    public static Object stringJoin(Object liste, Object separateur) {
        List<?> l = enListe(liste);
        if (l == null || !(separateur == null || separateur instanceof String)) {
            throw new ErreurFeel("string join on " + liste);
        }
        if (l.isEmpty()) {
            return "";
        }
        String entre = separateur == null ? "" : (String) separateur; // KIE: no separator joins without one
        int longueur = 0;
        for (Object element : l) {
            longueur += element instanceof String s ? s.length() + entre.length() : 0;
        }
        StringBuilder texte = new StringBuilder(longueur);
        boolean premier = true;
        for (Object element : l) {
            if (element == null) {
                continue;
            }
            if (!(element instanceof String s)) {
                return resultat(StringJoinFunction.INSTANCE.invoke(l, (String) separateur));
            }
            if (!premier) {
                texte.append(entre);
            }
            texte.append(s);
            premier = false;
        }
        return texte.toString();
    }

    public static Object string(Object valeur) {
        if (valeur == null || valeur instanceof String) {
            return valeur;
        }
        if (valeur instanceof BigDecimal || valeur instanceof Boolean) {
            return valeur.toString();
        }
        if (valeur instanceof LocalDate date && date.getYear() >= 0 && date.getYear() <= 9999) {
            return date.toString(); // KIE's FEEL_DATE (yyyy-MM-dd, the year on 4 digits) for these years
        }
        return resultat(StringFunction.INSTANCE.invoke(valeur));
    }

    public static Object date(Object annee, Object mois, Object jour) {
        if (!(annee instanceof Number a) || !(mois instanceof Number m) || !(jour instanceof Number j)) {
            throw new ErreurFeel("date(" + annee + ", " + mois + ", " + jour + ")");
        }
        try {
            return LocalDate.of(a.intValue(), m.intValue(), j.intValue());
        } catch (DateTimeException horsCalendrier) { // KIE's error, from KIE's class
            return resultat(DateFunction.INSTANCE.invoke(a, m, j));
        }
    }

    public static Object date(Object valeur) {
        if (valeur instanceof String texte) {
            return resultat(DateFunction.INSTANCE.invoke(texte));
        }
        if (valeur instanceof TemporalAccessor temps) {
            return resultat(DateFunction.INSTANCE.invoke(temps));
        }
        throw new ErreurFeel("date(" + valeur + ")");
    }

    /** The scales KIE's round functions accept (DMN 1.5, table 76). */
    private static final BigDecimal ECHELLE_MIN = BigDecimal.valueOf(-6111);
    private static final BigDecimal ECHELLE_MAX = BigDecimal.valueOf(6176);

    public static Object roundHalfUp(Object nombre, Object echelle) {
        if (!(nombre instanceof BigDecimal n) || !(echelle instanceof BigDecimal e)) {
            throw new ErreurFeel("round half up(" + nombre + ", " + echelle + ")");
        }
        if (e.compareTo(ECHELLE_MIN) >= 0 && e.compareTo(ECHELLE_MAX) <= 0) {
            return n.setScale(e.intValue(), RoundingMode.HALF_UP);
        }
        return resultat(RoundHalfUpFunction.INSTANCE.invoke(n, e));
    }

    public static Object getValue(Object contexte, Object cle) {
        if (!(cle instanceof String c)) {
            throw new ErreurFeel("get value with key " + cle);
        }
        if (contexte instanceof Map<?, ?> m) {
            return m.get(c);
        }
        return resultat(GetValueFunction.INSTANCE.invoke(contexte, c));
    }

    /** One argument: KIE takes it as the list; anything else (null, a single value) is left to KIE. */
    private static List<?> seuleListe(String fonction, Object[] arguments) {
        if (arguments[0] instanceof List<?> liste) {
            return liste;
        }
        throw new ErreurFeel(fonction + "(" + arguments[0] + ")");
    }

    private static Object resultat(FEELFnResult<?> resultat) {
        if (resultat.isLeft()) {
            throw new ErreurFeel(resultat.cata(FEELEvent::getMessage, valeur -> ""));
        }
        return resultat.getOrElse(null);
    }
}
