package fr.enmr.moteur.compile;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A FEEL context made by a compiled model: a few keys (shared by every value of that context) and their values, in
 * order. Read-only; a map like the ones KIE makes for the code that reads decisions, at a fraction of their size.
 */
final class ContexteFeel extends AbstractMap<String, Object> {

    private final String[] cles;
    private final Object[] valeurs;

    ContexteFeel(String[] cles, Object[] valeurs) {
        if (cles.length != valeurs.length) {
            throw new IllegalArgumentException(cles.length + " keys for " + valeurs.length + " values");
        }
        this.cles = cles;
        this.valeurs = valeurs;
    }

    /** The same context, its lists read-only at any depth ({@link FeelValeurs#figee}). */
    ContexteFeel figee() {
        Object[] figees = new Object[valeurs.length];
        for (int i = 0; i < valeurs.length; i++) {
            figees[i] = FeelValeurs.figee(valeurs[i]);
        }
        return new ContexteFeel(cles, figees);
    }

    @Override
    public Object get(Object cle) {
        int i = indice(cle);
        return i >= 0 ? valeurs[i] : null;
    }

    /** The position of a key, -1 if absent. */
    int indice(Object cle) {
        // the generated code's keys and the records' component names are the same interned texts: identity first
        for (int i = 0; i < cles.length; i++) {
            if (cles[i] == cle) {
                return i;
            }
        }
        for (int i = 0; i < cles.length; i++) {
            if (cles[i].equals(cle)) {
                return i;
            }
        }
        return -1;
    }

    Object valeur(int indice) {
        return valeurs[indice];
    }

    @Override
    public boolean containsKey(Object cle) {
        return indice(cle) >= 0;
    }

    @Override
    public int size() {
        return cles.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < cles.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (i >= cles.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entree = new SimpleImmutableEntry<>(cles[i], valeurs[i]);
                        i++;
                        return entree;
                    }
                };
            }

            @Override
            public int size() {
                return cles.length;
            }
        };
    }
}
