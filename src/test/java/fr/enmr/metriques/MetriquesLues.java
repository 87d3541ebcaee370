package fr.enmr.metriques;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.enmr.securite.Comptes;

/** /q/metrics as an operator scrapes it (Prometheus text), read by the tests that check a meter. */
public final class MetriquesLues {

    private static final Pattern LIGNE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$", Pattern.MULTILINE);

    private MetriquesLues() {
    }

    public static String metriques() {
        return Comptes.admin().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one sample, 0 when it is not there yet; every tag given must match. */
    public static double valeur(String texte, String nom, Map<String, String> etiquettes) {
        Matcher m = LIGNE.matcher(texte);
        while (m.find()) {
            String labels = m.group(2) == null ? "" : m.group(2);
            if (m.group(1).equals(nom) && etiquettes.entrySet().stream().allMatch(e -> labels.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                return Double.parseDouble(m.group(3));
            }
        }
        return 0;
    }
}
