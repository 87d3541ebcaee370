package fr.enmr.dossier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A structure's name as people compare names: « MSP  de Saint-Brévin » and « msp de saint brevin » are the same name.
 * Used to search stored decisions by a part of a name and to spot a team submitted twice.
 */
public final class NomsDeStructure {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATEURS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NomsDeStructure() {
    }

    /**
     * @return the name in small letters without accents (« œ » as « oe »), every run of spaces, hyphens, apostrophes or
     *         other punctuation as one space, trimmed: only letters, digits and single spaces remain; null for null
     */
    public static String normalise(String nom) {
        if (nom == null) {
            return null;
        }
        String ligatures = nom.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        String sansAccents = ACCENTS.matcher(Normalizer.normalize(ligatures, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATEURS.matcher(sansAccents.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
