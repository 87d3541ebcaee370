package fr.enmr.moteur.compile;

import static fr.enmr.moteur.compile.ResultatsKie.resultat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.dmn.feel.runtime.functions.GetValueFunction;

/** FEEL contexts and paths: context literals, {@code a.b}, names inside a list filter, {@code get value}. */
final class FeelContextes {

    /** Marks a name not in scope, for a name inside a list filter that the element may define. */
    static final Object ABSENT = new Object();

    private FeelContextes() {
    }

    /** A context's keys (a constant of the generated class) and values, in a compact map. */
    static Map<String, Object> contexte(String[] cles, Object... valeurs) {
        return new ContexteFeel(cles, valeurs);
    }

    /** {@code a.b}: a context's entry, or each element's entry for a list; null stays null. */
    static Object champ(Object valeur, String nom) {
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
    static Object nomDansFiltre(Object element, String nom, Object autour) {
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

    static Object getValue(Object contexte, Object cle) {
        if (!(cle instanceof String c)) {
            throw new ErreurFeel("get value with key " + cle);
        }
        if (contexte instanceof Map<?, ?> m) {
            return m.get(c);
        }
        return resultat(GetValueFunction.INSTANCE.invoke(contexte, c));
    }
}
