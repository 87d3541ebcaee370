package fr.enmr.moteur.compile;

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

    private ValeursCompilees(Map<String, Integer> index, Object[] valeurs) {
        this.index = index;
        this.valeurs = valeurs;
    }

    /** Name → position of one model's values: made once per model by whoever keeps the model (ModeleEnmr). */
    public static final class Index {

        private final Map<String, Integer> positions = new HashMap<>();

        public Index(List<String> noms) {
            for (int i = 0; i < noms.size(); i++) {
                positions.put(noms.get(i), i);
            }
        }

        /** One evaluation's values ({@link ModeleJava#evaluer}), read by name. */
        public ValeursCompilees valeurs(Object[] valeurs) {
            return new ValeursCompilees(positions, valeurs);
        }
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
