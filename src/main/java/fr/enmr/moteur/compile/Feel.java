package fr.enmr.moteur.compile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What generated models call: FEEL's operators and built-in functions, done by KIE's own operator executors and
 * function classes so that every value (number scale, null, text of a date) is KIE's. Anything KIE would report as
 * an error, and any argument shape not passed to KIE exactly as KIE's interpreter would, throws {@link ErreurFeel}:
 * the dossier is then decided by KIE. Public signatures use JDK types only, so a model compiled at run time needs
 * nothing else on its class path.
 * <p>
 * A facade: the generated source and the in-memory compiler's visible classes name this class only, and each method
 * hands over to its family ({@link FeelArithmetique}, {@link FeelComparaisons}, {@link FeelValeurs},
 * {@link FeelContextes}, {@link FeelListes}, {@link FeelTextes}, {@link FeelDates}). The hand-over is a static call of
 * a few bytes, which the JIT inlines: the fast paths stay as fast.
 */
public final class Feel {

    /** Marks a name not in scope, for a name inside a list filter that the element may define. */
    public static final Object ABSENT = FeelContextes.ABSENT;

    private Feel() {
    }

    // ---- arithmetic: FeelArithmetique

    public static Object plus(Object a, Object b) {
        return FeelArithmetique.plus(a, b);
    }

    /** {@code a + b + c + …} as KIE evaluates it, left to right: all texts, one concatenation. */
    public static Object concatener(Object a, Object b, Object c) {
        return FeelArithmetique.concatener(a, b, c);
    }

    public static Object concatener(Object a, Object b, Object c, Object d) {
        return FeelArithmetique.concatener(a, b, c, d);
    }

    public static Object concatener(Object a, Object b, Object c, Object d, Object e) {
        return FeelArithmetique.concatener(a, b, c, d, e);
    }

    public static Object concatener(Object a, Object b, Object c, Object d, Object e, Object f) {
        return FeelArithmetique.concatener(a, b, c, d, e, f);
    }

    public static Object concatener(Object a, Object b, Object c, Object d, Object e, Object f, Object g) {
        return FeelArithmetique.concatener(a, b, c, d, e, f, g);
    }

    public static Object concatener(Object a, Object b, Object c, Object d, Object e, Object f, Object g, Object h) {
        return FeelArithmetique.concatener(a, b, c, d, e, f, g, h);
    }

    public static Object concatener(Object... termes) {
        return FeelArithmetique.concatener(termes);
    }

    public static Object moins(Object a, Object b) {
        return FeelArithmetique.moins(a, b);
    }

    public static Object fois(Object a, Object b) {
        return FeelArithmetique.fois(a, b);
    }

    public static Object divise(Object a, Object b) {
        return FeelArithmetique.divise(a, b);
    }

    public static Object roundHalfUp(Object nombre, Object echelle) {
        return FeelArithmetique.roundHalfUp(nombre, echelle);
    }

    // ---- comparisons and logic: FeelComparaisons

    public static Object egal(Object a, Object b) {
        return FeelComparaisons.egal(a, b);
    }

    public static Object different(Object a, Object b) {
        return FeelComparaisons.different(a, b);
    }

    public static Object inferieur(Object a, Object b) {
        return FeelComparaisons.inferieur(a, b);
    }

    public static Object inferieurOuEgal(Object a, Object b) {
        return FeelComparaisons.inferieurOuEgal(a, b);
    }

    public static Object superieur(Object a, Object b) {
        return FeelComparaisons.superieur(a, b);
    }

    public static Object superieurOuEgal(Object a, Object b) {
        return FeelComparaisons.superieurOuEgal(a, b);
    }

    /** FEEL's three-valued {@code and}, the right side evaluated only when the left does not decide (as KIE). */
    public static Object et(Object gauche, Supplier<Object> droite) {
        return FeelComparaisons.et(gauche, droite);
    }

    public static Object ou(Object gauche, Supplier<Object> droite) {
        return FeelComparaisons.ou(gauche, droite);
    }

    public static Object non(Object valeur) {
        return FeelComparaisons.non(valeur);
    }

    /** The condition of an {@code if} and the outcome of a rule's test: only {@code true} counts. */
    public static boolean vrai(Object valeur) {
        return Boolean.TRUE.equals(valeur);
    }

    // ---- values: FeelValeurs

    public static List<Object> liste(Object... elements) {
        return FeelValeurs.liste(elements);
    }

    /** A value shared by every evaluation (a decision that requires nothing): its lists, at any depth, read-only. */
    public static Object figee(Object valeur) {
        return FeelValeurs.figee(valeur);
    }

    /** A decision's, context entry's or parameter's value of a type that is not a list: a one-element list is its element. */
    public static Object unique(Object valeur) {
        return FeelValeurs.unique(valeur);
    }

    // ---- contexts and paths: FeelContextes

    /**
     * A FEEL context literal {@code {a: …, b: …}}, a boxed context without a final result, or a decision table's row
     * with several outputs: its keys (a constant of the generated class) and values, in a compact map.
     */
    public static Map<String, Object> contexte(String[] cles, Object... valeurs) {
        return FeelContextes.contexte(cles, valeurs);
    }

    /** {@code a.b}: a context's entry, or each element's entry for a list; null stays null. */
    public static Object champ(Object valeur, String nom) {
        return FeelContextes.champ(valeur, nom);
    }

    /** A name inside a list filter: the element's entry of that name, or its value around the filter ({@link #ABSENT}: none). */
    public static Object nomDansFiltre(Object element, String nom, Object autour) {
        return FeelContextes.nomDansFiltre(element, nom, autour);
    }

    public static Object getValue(Object contexte, Object cle) {
        return FeelContextes.getValue(contexte, cle);
    }

    // ---- lists: FeelListes

    /** {@code liste[condition]}: the elements for which the condition is true; an error excludes the element (KIE). */
    public static List<Object> filtrer(Object valeur, Function<Object, Object> condition) {
        return FeelListes.filtrer(valeur, condition);
    }

    /** {@code for x in liste return …}. */
    public static List<Object> pour(Object valeur, Function<Object, Object> corps) {
        return FeelListes.pour(valeur, corps);
    }

    public static Object count(Object... arguments) {
        return FeelListes.count(arguments);
    }

    public static Object sum(Object... arguments) {
        return FeelListes.sum(arguments);
    }

    public static Object all(Object... arguments) {
        return FeelListes.all(arguments);
    }

    public static Object any(Object... arguments) {
        return FeelListes.any(arguments);
    }

    public static Object min(Object... arguments) {
        return FeelListes.min(arguments);
    }

    public static Object max(Object... arguments) {
        return FeelListes.max(arguments);
    }

    public static Object concatenate(Object... listes) {
        return FeelListes.concatenate(listes);
    }

    public static Object listContains(Object liste, Object element) {
        return FeelListes.listContains(liste, element);
    }

    public static Object distinctValues(Object liste) {
        return FeelListes.distinctValues(liste);
    }

    // ---- texts: FeelTextes

    /** KIE's one-argument {@code string join} is the two-argument one without a separator. */
    public static Object stringJoin(Object liste) {
        return FeelTextes.stringJoin(liste, null);
    }

    public static Object stringJoin(Object liste, Object separateur) {
        return FeelTextes.stringJoin(liste, separateur);
    }

    public static Object string(Object valeur) {
        return FeelTextes.string(valeur);
    }

    // ---- dates: FeelDates

    public static Object date(Object annee, Object mois, Object jour) {
        return FeelDates.date(annee, mois, jour);
    }

    public static Object date(Object valeur) {
        return FeelDates.date(valeur);
    }
}
