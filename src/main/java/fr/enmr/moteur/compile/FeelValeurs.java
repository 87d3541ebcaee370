package fr.enmr.moteur.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values as KIE's DMN runtime shapes them: list literals, the coercion to a type that is not a list, shared values. */
final class FeelValeurs {

    private FeelValeurs() {
    }

    static List<Object> liste(Object... elements) {
        List<Object> liste = new ArrayList<>(elements.length);
        Collections.addAll(liste, elements);
        return liste;
    }

    /** The value as a list if it is one, tested by class first (the lists the models make are ArrayLists); null otherwise. */
    static List<?> enListe(Object valeur) {
        return valeur instanceof ArrayList<?> a ? a : valeur instanceof List<?> l ? l : null;
    }

    /** A value shared by every evaluation (a decision that requires nothing): its lists, at any depth, read-only. */
    static Object figee(Object valeur) {
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

    /** A decision's, context entry's or parameter's value of a type that is not a list: a one-element list is its element. */
    static Object unique(Object valeur) {
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
}
