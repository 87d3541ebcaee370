package fr.enmr.dossier;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of the rules (a criterion's explanation, a finding's message) as people read it, on the decision's page
 * and in its PDF alike: the API keeps its codes and ISO dates, people read labels and French dates. « 2013-11-15 » →
 * « 15/11/2013 », a code of the contract → its label (« Région BRETAGNE » → « Région Bretagne », « ENMR_2014 » →
 * « ENMR 2014 »), « Maison de santé (MAISON_DE_SANTE) » → « Maison de santé ». A code with several labels (AUTRE) or
 * whose label begins with it (SISA) stays as it is.
 */
public final class TexteLisible {

    private static final Pattern DATE_ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern CODE_ENTRE_PARENTHESES = Pattern.compile(" \\(([A-Z][A-Z0-9_]*)\\)");
    private static final Map<String, String> LIBELLES = libellesSansAmbiguite();

    private TexteLisible() {
    }

    /** The sentence with its codes named and its dates in French; null stays null. */
    public static String de(String texte) {
        if (texte == null || texte.isEmpty()) {
            return texte;
        }
        String sansDoublons = remplacer(CODE_ENTRE_PARENTHESES, texte, (m, avant) -> {
            String libelle = LIBELLES.get(m.group(1));
            return libelle != null && avant.endsWith(libelle) ? "" : m.group();
        });
        String sansCodes = remplacer(CODE, sansDoublons, (m, avant) -> LIBELLES.getOrDefault(m.group(), m.group()));
        return remplacer(DATE_ISO, sansCodes, (m, avant) -> m.group(3) + "/" + m.group(2) + "/" + m.group(1));
    }

    private interface Remplacement {
        String de(Matcher trouve, String texteAvant);
    }

    private static String remplacer(Pattern motif, String texte, Remplacement remplacement) {
        Matcher m = motif.matcher(texte);
        StringBuilder sortie = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sortie, Matcher.quoteReplacement(remplacement.de(m, texte.substring(0, m.start()))));
        }
        m.appendTail(sortie);
        return sortie.toString();
    }

    /** Every code's label, a campaign named by its code in words; codes that two lists name differently are left out. */
    private static Map<String, String> libellesSansAmbiguite() {
        Map<String, String> libelles = new HashMap<>();
        Set<String> ambigus = new HashSet<>();
        LibellesDesCodes.parListe().forEach((liste, codes) -> codes.forEach((code, libelle) -> {
            String lisible = liste.equals("Campagne") ? code.replaceFirst("_", " ") : libelle;
            String deja = libelles.put(code, lisible);
            if (deja != null && !deja.equals(lisible)) {
                ambigus.add(code);
            }
        }));
        ambigus.forEach(libelles::remove);
        libelles.entrySet().removeIf(e -> e.getValue().startsWith(e.getKey()));
        return Map.copyOf(libelles);
    }
}
