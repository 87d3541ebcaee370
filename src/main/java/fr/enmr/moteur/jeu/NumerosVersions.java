package fr.enmr.moteur.jeu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The versions' numbers: each one's rank (from 1) in the order versions were created, read from the store's ids
 * (ULIDs sort by creation time), so every instance gives a version the same number with no counter of its own. The one
 * place that numbers versions: the workshop's lists and every version's readable name (NomsDesVersions).
 */
public record NumerosVersions(Map<String, Integer> rangs) {

    public NumerosVersions(List<String> idsParCreation) {
        this(rangs(idsParCreation));
    }

    private static Map<String, Integer> rangs(List<String> ids) {
        Map<String, Integer> rangs = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            rangs.put(ids.get(i), i + 1);
        }
        return rangs;
    }

    /** The version's number; 0 for an id the store did not list (written after it was read). */
    public int numero(String id) {
        return rangs.getOrDefault(id, 0);
    }
}
