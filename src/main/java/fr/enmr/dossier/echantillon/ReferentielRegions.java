package fr.enmr.dossier.echantillon;

import java.util.TreeMap;
import java.util.TreeSet;
import static fr.enmr.dossier.echantillon.Codes.Region.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.enmr.dossier.echantillon.Codes.Region;

/** Reference data of the 26 regions (2010–2015): short code, weight and départements. */
final class ReferentielRegions {

    /** The 6 regions of the 2008 call for projects (domain rules §1). */
    static final Set<String> EXPERIMENTATRICES_2010 =
            Set.of(ILE_DE_FRANCE, BOURGOGNE, BRETAGNE, RHONE_ALPES, LORRAINE, FRANCHE_COMTE);

    // below this many inhabitants a region still gets this weight, so that it shows up in a sample of a few thousand
    private static final double POIDS_MINIMUM = 0.40;

    private record ProfilRegion(String code, double millionsHabitants, List<String> departements) {
    }

    private static final Map<String, ProfilRegion> PROFILS = new TreeMap<>();

    static {
        // populations: INSEE, about 2010, in millions
        profil(ALSACE, "ALS", 1.85, "67", "68");
        profil(AQUITAINE, "AQU", 3.21, "24", "33", "40", "47", "64");
        profil(AUVERGNE, "AUV", 1.35, "03", "15", "43", "63");
        profil(BASSE_NORMANDIE, "BNO", 1.47, "14", "50", "61");
        profil(BOURGOGNE, "BOU", 1.64, "21", "58", "71", "89");
        profil(BRETAGNE, "BRE", 3.20, "22", "29", "35", "56");
        profil(CENTRE, "CEN", 2.55, "18", "28", "36", "37", "41", "45");
        profil(CHAMPAGNE_ARDENNE, "CHA", 1.34, "08", "10", "51", "52");
        profil(CORSE, "COR", 0.31, "2A", "2B");
        profil(FRANCHE_COMTE, "FCO", 1.17, "25", "39", "70", "90");
        profil(GUADELOUPE, "GUA", 0.40, "971");
        profil(GUYANE, "GUY", 0.23, "973");
        profil(HAUTE_NORMANDIE, "HNO", 1.84, "27", "76");
        profil(ILE_DE_FRANCE, "IDF", 11.80, "75", "77", "78", "91", "92", "93", "94", "95");
        profil(LANGUEDOC_ROUSSILLON, "LRO", 2.64, "11", "30", "34", "48", "66");
        profil(LIMOUSIN, "LIM", 0.74, "19", "23", "87");
        profil(LORRAINE, "LOR", 2.35, "54", "55", "57", "88");
        profil(MARTINIQUE, "MAR", 0.40, "972");
        profil(MIDI_PYRENEES, "MPY", 2.88, "09", "12", "31", "32", "46", "65", "81", "82");
        profil(NORD_PAS_DE_CALAIS, "NPC", 4.04, "59", "62");
        profil(OCEAN_INDIEN, "OIN", 1.03, "974", "976");
        profil(PAYS_DE_LA_LOIRE, "PDL", 3.57, "44", "49", "53", "72", "85");
        profil(PICARDIE, "PIC", 1.91, "02", "60", "80");
        profil(POITOU_CHARENTES, "PCH", 1.77, "16", "17", "79", "86");
        profil(PROVENCE_ALPES_COTE_D_AZUR, "PAC", 4.90, "04", "05", "06", "13", "83", "84");
        profil(RHONE_ALPES, "RHA", 6.25, "01", "07", "26", "38", "42", "69", "73", "74");
    }

    // Bretagne's 8 territoires de santé straddle départements; elsewhere the territoire is taken as the département
    private static final Map<String, List<String>> TERRITOIRES_BRETAGNE = Map.of(
            "22", List.of("6", "7", "8"),
            "29", List.of("1", "2", "3"),
            "35", List.of("5", "6"),
            "56", List.of("3", "4", "8"));

    private ReferentielRegions() {
    }

    private static void profil(String region, String code, double millionsHabitants, String... departements) {
        PROFILS.put(region, new ProfilRegion(code, millionsHabitants, List.of(departements)));
    }

    static String code(String region) {
        return PROFILS.get(region).code();
    }

    static List<String> departements(String region) {
        return PROFILS.get(region).departements();
    }

    static List<String> territoiresDeSante(String region, String departement) {
        return BRETAGNE.equals(region) ? TERRITOIRES_BRETAGNE.get(departement) : List.of(departement);
    }

    /** A draw among the given regions, weighted by population. */
    static Loterie<String> loterie(Set<String> regions) {
        Loterie<String> loterie = null;
        for (String region : new TreeSet<>(regions)) {
            double poids = Math.max(POIDS_MINIMUM, PROFILS.get(region).millionsHabitants());
            loterie = loterie == null ? Loterie.de(region, poids) : loterie.et(region, poids);
        }
        return loterie;
    }
}
