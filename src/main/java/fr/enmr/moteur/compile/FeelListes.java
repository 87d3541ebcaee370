package fr.enmr.moteur.compile;

import static fr.enmr.moteur.compile.FeelValeurs.enListe;
import static fr.enmr.moteur.compile.ResultatsKie.resultat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.kie.dmn.feel.runtime.functions.AllFunction;
import org.kie.dmn.feel.runtime.functions.AnyFunction;
import org.kie.dmn.feel.runtime.functions.ConcatenateFunction;
import org.kie.dmn.feel.runtime.functions.CountFunction;
import org.kie.dmn.feel.runtime.functions.DistinctValuesFunction;
import org.kie.dmn.feel.runtime.functions.ListContainsFunction;
import org.kie.dmn.feel.runtime.functions.MaxFunction;
import org.kie.dmn.feel.runtime.functions.MinFunction;
import org.kie.dmn.feel.runtime.functions.SumFunction;

/**
 * FEEL over lists: filters, {@code for}, and the list functions. Fast paths: the argument kinds this service's
 * models meet, computed as KIE's function classes compute them (same checks, same order, same result); any other
 * kind, and every error, goes to KIE's class.
 */
final class FeelListes {

    private FeelListes() {
    }

    /** {@code liste[condition]}: the elements for which the condition is true; an error excludes the element (KIE). */
    static List<Object> filtrer(Object valeur, Function<Object, Object> condition) {
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
    static List<Object> pour(Object valeur, Function<Object, Object> corps) {
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

    static Object count(Object... arguments) {
        List<?> liste = arguments.length == 1 ? enListe(arguments[0]) : null;
        if (liste != null) {
            return BigDecimal.valueOf(liste.size());
        }
        return arguments.length == 1 ? resultat(CountFunction.INSTANCE.invoke(seuleListe("count", arguments))) : resultat(CountFunction.INSTANCE.invoke(arguments));
    }

    static Object sum(Object... arguments) {
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

    static Object all(Object... arguments) {
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

    static Object any(Object... arguments) {
        return arguments.length == 1 ? resultat(AnyFunction.INSTANCE.invoke(seuleListe("any", arguments))) : resultat(AnyFunction.INSTANCE.invoke(arguments));
    }

    static Object min(Object... arguments) {
        return arguments.length == 1 ? resultat(MinFunction.INSTANCE.invoke(seuleListe("min", arguments))) : resultat(MinFunction.INSTANCE.invoke(arguments));
    }

    static Object max(Object... arguments) {
        return arguments.length == 1 ? resultat(MaxFunction.INSTANCE.invoke(seuleListe("max", arguments))) : resultat(MaxFunction.INSTANCE.invoke(arguments));
    }

    static Object concatenate(Object... listes) {
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

    static Object listContains(Object liste, Object element) {
        List<?> l = enListe(liste);
        if (l == null) {
            throw new ErreurFeel("list contains on " + liste);
        }
        if (element instanceof String) { // KIE: String.equals each element, as contains does
            return l.contains(element);
        }
        return resultat(ListContainsFunction.INSTANCE.invoke(l, element));
    }

    static Object distinctValues(Object liste) {
        return resultat(DistinctValuesFunction.INSTANCE.invoke(liste));
    }

    /** One argument: KIE takes it as the list; anything else (null, a single value) is left to KIE. */
    private static List<?> seuleListe(String fonction, Object[] arguments) {
        if (arguments[0] instanceof List<?> liste) {
            return liste;
        }
        throw new ErreurFeel(fonction + "(" + arguments[0] + ")");
    }
}
