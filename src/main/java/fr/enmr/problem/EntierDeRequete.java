package fr.enmr.problem;

import java.util.List;

/** A whole number from a query parameter (e.g. {@code page}, {@code taille}), a bad one named like any field. */
public final class EntierDeRequete {

    private EntierDeRequete() {
    }

    /** The value, or {@code defaut} when absent; out of [min, max] or not a number is a violation (and {@code defaut}). */
    public static int lire(String valeur, String champ, int defaut, int min, int max, List<Violation> violations) {
        if (valeur == null) {
            return defaut;
        }
        try {
            int n = Integer.parseInt(valeur);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation(champ, "doit être un entier compris entre " + min + " et " + max));
        return defaut;
    }
}
