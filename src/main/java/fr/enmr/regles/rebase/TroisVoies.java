package fr.enmr.regles.rebase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The three-way choice made for every element of a file: each element is known by a key and compared by its own
 * content (without the elements nested in it, which are compared on their own). Whichever side changed an element
 * since the base gives it; both changing it differently is a conflict.
 */
final class TroisVoies {

    /** Where an element of the rebased file comes from. */
    enum Cote { ACTIVE, VERSION }

    /** @param cotes the side each element comes from; @param conflits the keys both sides changed differently */
    record Choix(Map<String, Cote> cotes, List<String> conflits) {
    }

    private TroisVoies() {
    }

    /**
     * @param base    each element's own content in the base version (key → content; absent: no such element)
     * @param active  the same in the active version
     * @param version the same in the version being rebased
     * @param activeGagne elements that never conflict: the active version's is kept (a diagram's layout)
     */
    static Choix choisir(Map<String, String> base, Map<String, String> active, Map<String, String> version, Predicate<String> activeGagne) {
        Set<String> cles = new LinkedHashSet<>(version.keySet());
        cles.addAll(active.keySet());
        cles.addAll(base.keySet());
        Map<String, Cote> cotes = new LinkedHashMap<>();
        List<String> conflits = new ArrayList<>();
        for (String cle : cles) {
            String b = base.get(cle);
            String a = active.get(cle);
            String v = version.get(cle);
            if (Objects.equals(a, v) || Objects.equals(v, b) || activeGagne.test(cle) && !Objects.equals(a, b)) {
                cotes.put(cle, Cote.ACTIVE);
            } else if (Objects.equals(a, b)) {
                cotes.put(cle, Cote.VERSION);
            } else {
                conflits.add(cle);
            }
        }
        return new Choix(cotes, conflits);
    }

    /** Whitespace does not make a difference. */
    static String normal(String texte) {
        return texte == null ? null : texte.strip().replaceAll("\\s+", " ");
    }
}
