package fr.enmr.regles.compile;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A compiled model's values read by decision name, without copying them into a map. */
public final class ValeursCompilees extends AbstractMap<String, Object> {

    private final Map<String, Integer> index;
    private final Object[] valeurs;

    public ValeursCompilees(List<String> noms, Object[] valeurs) {
        this(index(noms), valeurs);
    }

    private ValeursCompilees(Map<String, Integer> index, Object[] valeurs) {
        this.index = index;
        this.valeurs = valeurs;
    }

    /** Name → position, computed once per model (the names are a constant list of the generated class). */
    private static final Map<List<String>, Map<String, Integer>> INDEX = new java.util.concurrent.ConcurrentHashMap<>();

    /** The last model's names and index: one model decides nearly every dossier, and a list's hash walks all its names. */
    private static volatile Dernier dernier;

    private record Dernier(List<String> noms, Map<String, Integer> index) {
    }

    private static Map<String, Integer> index(List<String> noms) {
        Dernier d = dernier;
        if (d != null && d.noms() == noms) {
            return d.index();
        }
        Map<String, Integer> index = indexer(noms);
        dernier = new Dernier(noms, index);
        return index;
    }

    private static Map<String, Integer> indexer(List<String> noms) {
        return INDEX.computeIfAbsent(noms, n -> {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < n.size(); i++) {
                index.put(n.get(i), i);
            }
            return index;
        });
    }

    @Override
    public Object get(Object nom) {
        Integer i = index.get(nom);
        return i == null ? null : valeurs[i];
    }

    @Override
    public boolean containsKey(Object nom) {
        return index.containsKey(nom);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Set<Entry<String, Object>> entrees = new LinkedHashSet<>();
        index.forEach((nom, i) -> entrees.add(new SimpleImmutableEntry<>(nom, valeurs[i])));
        return entrees;
    }
}
