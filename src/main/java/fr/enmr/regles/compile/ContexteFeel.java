package fr.enmr.regles.compile;

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

    @Override
    public Object get(Object cle) {
        for (int i = 0; i < cles.length; i++) {
            if (cles[i].equals(cle)) {
                return valeurs[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object cle) {
        for (String c : cles) {
            if (c.equals(cle)) {
                return true;
            }
        }
        return false;
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
