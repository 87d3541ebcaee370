package fr.enmr.moteur.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Deep comparison of FEEL values as KIE gives them: same classes of value, numbers equal scale included. */
final class ComparaisonKie {

    private ComparaisonKie() {
    }

    /** The differences between two values, each with its path; empty when they are the same. */
    static List<String> differences(String chemin, Object attendu, Object obtenu) {
        List<String> differences = new ArrayList<>();
        comparer(chemin, attendu, obtenu, differences);
        return differences;
    }

    private static void comparer(String chemin, Object attendu, Object obtenu, List<String> differences) {
        if (attendu instanceof BigDecimal a && obtenu instanceof BigDecimal o) {
            if (!a.equals(o)) {
                differences.add(chemin + ": " + a + " (KIE) vs " + o);
            }
        } else if (attendu instanceof Map<?, ?> a && obtenu instanceof Map<?, ?> o) {
            if (!a.keySet().equals(o.keySet())) {
                differences.add(chemin + ": keys " + a.keySet() + " (KIE) vs " + o.keySet());
                return;
            }
            for (Object cle : a.keySet()) {
                comparer(chemin + "." + cle, a.get(cle), o.get(cle), differences);
            }
        } else if (attendu instanceof List<?> a && obtenu instanceof List<?> o) {
            if (a.size() != o.size()) {
                differences.add(chemin + ": " + a.size() + " elements (KIE) vs " + o.size() + ": " + a + " vs " + o);
                return;
            }
            Iterator<?> i = o.iterator();
            int n = 0;
            for (Object element : a) {
                comparer(chemin + "[" + n++ + "]", element, i.next(), differences);
            }
        } else if (!Objects.equals(attendu, obtenu) || attendu != null && attendu.getClass() != obtenu.getClass()) {
            differences.add(chemin + ": " + descrire(attendu) + " (KIE) vs " + descrire(obtenu));
        }
    }

    private static String descrire(Object valeur) {
        return valeur == null ? "null" : valeur + " (" + valeur.getClass().getSimpleName() + ")";
    }
}
