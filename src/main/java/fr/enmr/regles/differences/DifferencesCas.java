package fr.enmr.regles.differences;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.regles.differences.Differences.CasChange;

/**
 * The analysts' cases added, removed or changed (by {@code nom}) in a case file, a case rewritten with the same values
 * only counted; a base dossier only says it changed.
 */
final class DifferencesCas {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers by value (30000.00 is 30000), everything else as Jackson compares it. */
    private static final Comparator<JsonNode> MEMES_VALEURS = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private DifferencesCas() {
    }

    static CasChange comparer(String fichier, String avant, String apres) {
        Map<String, JsonNode> anciens = cas(avant);
        Map<String, JsonNode> nouveaux = cas(apres);
        List<String> ajoutes = nouveaux.keySet().stream().filter(n -> !anciens.containsKey(n)).toList();
        List<String> retires = anciens.keySet().stream().filter(n -> !nouveaux.containsKey(n)).toList();
        List<String> reecrits = nouveaux.keySet().stream().filter(n -> anciens.containsKey(n) && !anciens.get(n).equals(nouveaux.get(n))).toList();
        List<String> modifies = reecrits.stream().filter(n -> !anciens.get(n).equals(MEMES_VALEURS, nouveaux.get(n))).toList();
        return new CasChange(fichier, ajoutes, retires, modifies, reecrits.size() - modifies.size());
    }

    /** The cases of a file that is a list of cases, by name; nothing for any other JSON. */
    private static Map<String, JsonNode> cas(String contenu) {
        Map<String, JsonNode> cas = new LinkedHashMap<>();
        try {
            JsonNode liste = JSON.readTree(contenu);
            if (liste != null && liste.isArray()) {
                liste.forEach(c -> cas.putIfAbsent(c.path("nom").asText(""), c));
            }
        } catch (JsonProcessingException e) {
            // an unreadable file is reported as changed as a whole
        }
        return cas;
    }
}
