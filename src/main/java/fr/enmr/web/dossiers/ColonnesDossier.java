package fr.enmr.web.dossiers;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.enmr.dossier.Dossier;

/**
 * The columns of a dossier CSV: each one is the JSON path of a field of the contract's dossier, read
 * from the {@link Dossier} records so it follows the contract. A list of objects has numbered columns
 * ({@code professionnels[0].nombre}, {@code professionnels[1].nombre}…), a list of codes one cell with
 * the codes separated by {@code |} ({@code projetDeSante.axes}).
 */
public final class ColonnesDossier {

    /** What a cell holds, so that it is sent to the API with the JSON type the contract expects. */
    public enum Genre {
        TEXTE, ENTIER, DECIMAL, BOOLEEN, CODES
    }

    /** A column as written, e.g. {@code programmesEtp[1].autorisationArs.debut}. */
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,3})])?");

    /** Leaf patterns ({@code programmesEtp[].autorisationArs.debut}) in the records' order, with their kind. */
    private static final Map<String, Genre> FEUILLES = new LinkedHashMap<>();
    /** Every pattern that is a list of objects ({@code professionnels}, {@code programmesEtp}). */
    private static final List<String> LISTES = new ArrayList<>();

    static {
        parcourir(Dossier.class, "");
    }

    private ColonnesDossier() {
    }

    /** The kinds of every leaf, by pattern; lists of objects are written {@code nom[]}. */
    public static Map<String, Genre> feuilles() {
        return Collections.unmodifiableMap(FEUILLES);
    }

    /** The kind of a column, or null when the contract has no such field. */
    public static Genre genre(String colonne) {
        List<Segment> segments = segments(colonne);
        if (segments == null) {
            return null;
        }
        String motif = "";
        for (Segment s : segments) {
            String chemin = motif + s.nom();
            boolean liste = LISTES.contains(chemin);
            if (liste != (s.index() != null)) {
                return null; // an index on a field that is no list of objects, or a list of objects without one
            }
            motif = chemin + (liste ? "[]." : ".");
        }
        return FEUILLES.get(motif.substring(0, motif.length() - 1));
    }

    /** One step of a column's path: a field name and, for a list of objects, the element's index. */
    public record Segment(String nom, Integer index) {
    }

    /** The steps of a column, or null when it is not a path ({@code a.b[0].c}). */
    public static List<Segment> segments(String colonne) {
        List<Segment> segments = new ArrayList<>();
        for (String partie : colonne.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(partie);
            if (!m.matches()) {
                return null;
            }
            segments.add(new Segment(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2))));
        }
        return segments;
    }

    /**
     * Orders columns as the contract does: a dossier's fields in the records' order, a list's elements
     * by index with all the fields of one element together.
     */
    public static int comparer(String a, String b) {
        List<Segment> sa = segments(a);
        List<Segment> sb = segments(b);
        String prefixe = "";
        for (int i = 0; i < Math.min(sa.size(), sb.size()); i++) {
            Segment x = sa.get(i);
            Segment y = sb.get(i);
            if (!x.nom().equals(y.nom())) {
                return Integer.compare(rang(prefixe + x.nom()), rang(prefixe + y.nom()));
            }
            int parIndex = Integer.compare(x.index() == null ? -1 : x.index(), y.index() == null ? -1 : y.index());
            if (parIndex != 0) {
                return parIndex;
            }
            prefixe += x.nom() + (x.index() == null ? "" : "[]") + ".";
        }
        return Integer.compare(sa.size(), sb.size());
    }

    /** The position of the first leaf under a pattern prefix, in the records' order. */
    private static int rang(String prefixe) {
        int rang = 0;
        for (String feuille : FEUILLES.keySet()) {
            if (feuille.equals(prefixe) || feuille.startsWith(prefixe + ".") || feuille.startsWith(prefixe + "[].")) {
                return rang;
            }
            rang++;
        }
        return Integer.MAX_VALUE;
    }

    private static void parcourir(Class<?> type, String prefixe) {
        for (RecordComponent champ : type.getRecordComponents()) {
            String chemin = prefixe + champ.getName();
            Class<?> classe = champ.getType();
            if (List.class.isAssignableFrom(classe)) {
                Class<?> element = element(champ.getGenericType());
                if (element.isRecord()) {
                    LISTES.add(chemin);
                    parcourir(element, chemin + "[].");
                } else {
                    FEUILLES.put(chemin, Genre.CODES);
                }
            } else if (classe.isRecord()) {
                parcourir(classe, chemin + ".");
            } else {
                FEUILLES.put(chemin, genreDe(classe));
            }
        }
    }

    private static Class<?> element(Type liste) {
        Type argument = ((ParameterizedType) liste).getActualTypeArguments()[0];
        return argument instanceof Class<?> classe ? classe : (Class<?>) ((ParameterizedType) argument).getRawType();
    }

    private static Genre genreDe(Class<?> classe) {
        if (classe == Integer.class || classe == int.class) {
            return Genre.ENTIER;
        }
        if (classe == BigDecimal.class) {
            return Genre.DECIMAL;
        }
        if (classe == Boolean.class || classe == boolean.class) {
            return Genre.BOOLEEN;
        }
        return Genre.TEXTE; // texts, codes (enumerations) and dates (AAAA-MM-JJ) are JSON strings
    }
}
