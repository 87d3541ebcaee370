package fr.enmr.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The filters and pagination of a list's query string (whole numbers, codes, page and size), read like the fields of a
 * body: a bad one becomes a violation that names it.
 */
public final class FiltresEtPagination {

    /** The page size of the service's lists when none is asked for, and the largest one allowed. */
    public static final int TAILLE_PAR_DEFAUT = 20;
    public static final int TAILLE_MAX = 100;

    /** A page of a list: its number from 0, and its size. */
    public record Pagination(int page, int taille) {
    }

    private FiltresEtPagination() {
    }

    /** {@code page} (default 0) and {@code taille} (default 20, at most 100). */
    public static Pagination pagination(String page, String taille, List<Violation> violations) {
        return new Pagination(entier(page, "page", 0, 0, Integer.MAX_VALUE / TAILLE_MAX, violations),
                entier(taille, "taille", TAILLE_PAR_DEFAUT, 1, TAILLE_MAX, violations));
    }

    /** The value, or {@code defaut} when absent; out of [min, max] or not a number is a violation (and {@code defaut}). */
    public static int entier(String valeur, String champ, int defaut, int min, int max, List<Violation> violations) {
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

    /** A constant of {@code type} by its name, or null when absent; an unknown name is a violation listing the admitted ones. */
    public static <E extends Enum<E>> E enumeration(String valeur, String champ, Class<E> type, List<Violation> violations) {
        if (valeur == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, valeur);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(champ, "valeur « " + valeur + " » invalide : valeurs admises : "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /**
     * A code filter (a region, a campaign), or null when absent. Only its form is checked: stored decisions keep codes a
     * later rule version dropped, and remain searchable by them.
     */
    public static String code(String valeur, String champ, List<Violation> violations) {
        if (valeur != null && !valeur.matches("[A-Z0-9_]{1,64}")) {
            violations.add(new Violation(champ, "valeur « " + valeur + " » invalide : un code de 1 à 64 caractères parmi A-Z, 0-9 et « _ » attendu"));
            return null;
        }
        return valeur;
    }
}
