package fr.enmr.regles.essais;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How an analyst's case is checked, in one place for the test suite (CasAnalystesTest, over HTTP) and the
 * service (POST /api/regles/versions/{id}/essais): the dossier is the base changed by a JSON merge patch;
 * the answer is seen as analysts write expectations (failed criteria, findings and refused fields as codes);
 * only the fields the case lists are compared, codes as sets, numbers by value. See README "Ajouter un cas de test".
 */
public final class ComparaisonCas {

    /** Compared as sets of codes, whatever the order the analyst wrote them in. */
    static final Set<String> ENSEMBLES = Set.of("criteresNonSatisfaits", "constats", "violations");
    private static final JsonNodeFactory NOEUDS = JsonNodeFactory.withExactBigDecimals(true);

    private ComparaisonCas() {
    }

    /** RFC 7386 JSON merge patch: objects merge, null removes, anything else replaces. */
    public static JsonNode fusionner(JsonNode cible, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.isMissingNode() ? cible : patch.deepCopy();
        }
        ObjectNode resultat = cible.isObject() ? ((ObjectNode) cible).deepCopy() : NOEUDS.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> champ = it.next();
            if (champ.getValue().isNull()) {
                resultat.remove(champ.getKey());
            } else {
                resultat.set(champ.getKey(), fusionner(resultat.path(champ.getKey()), champ.getValue()));
            }
        }
        return resultat;
    }

    /**
     * The answer as analysts write expectations: its fields, plus {@code statut}, the failed criteria and finding
     * codes as lists of codes, and for a refused dossier the fields named by its violations.
     */
    public static ObjectNode vue(JsonNode reponse, int statut) {
        ObjectNode vue = reponse.isObject() ? ((ObjectNode) reponse).deepCopy() : NOEUDS.objectNode();
        vue.put("statut", statut);
        if (statut != 201) {
            ArrayNode champs = vue.putArray("violations");
            reponse.path("violations").forEach(v -> champs.add(v.path("champ").asText()));
            return vue;
        }
        vue.set("criteresNonSatisfaits", nonSatisfaits(reponse.path("criteres")));
        ArrayNode constats = vue.putArray("constats");
        reponse.path("constats").forEach(c -> constats.add(c.path("code").asText()));
        for (JsonNode programme : vue.path("module2").path("programmes")) {
            ((ObjectNode) programme).set("criteresNonSatisfaits", nonSatisfaits(programme.path("criteres")));
        }
        return vue;
    }

    /**
     * Where the answer departs from what the case expects, one French line per field; empty when the case passes.
     * A status other than the one expected (201 when the case names none) is the only difference reported.
     */
    public static List<String> ecarts(JsonNode attendu, JsonNode vue) {
        List<String> ecarts = new ArrayList<>();
        int statutAttendu = attendu.path("statut").asInt(201);
        if (vue.path("statut").asInt() != statutAttendu) {
            ecarts.add("statut : attendu " + statutAttendu + ", obtenu " + vue.path("statut").asInt());
            return ecarts;
        }
        comparer("", attendu, vue, ecarts);
        return ecarts;
    }

    /** The answer cut down to its status and the fields the case expects, so that a failure reads side by side with its expectation. */
    public static JsonNode resume(JsonNode attendu, JsonNode vue) {
        JsonNode resume = projeter(attendu, vue);
        if (resume.isObject()) {
            ((ObjectNode) resume).set("statut", vue.path("statut"));
        }
        return resume;
    }

    private static JsonNode projeter(JsonNode attendu, JsonNode vue) {
        if (!attendu.isObject() || !vue.isObject()) {
            return vue.isMissingNode() ? NOEUDS.nullNode() : vue;
        }
        ObjectNode projection = NOEUDS.objectNode();
        attendu.fieldNames().forEachRemaining(champ -> projection.set(champ, projeter(attendu.get(champ), vue.path(champ))));
        return projection;
    }

    private static void comparer(String chemin, JsonNode attendu, JsonNode obtenu, List<String> ecarts) {
        if (attendu.isObject()) {
            attendu.fields().forEachRemaining(e -> {
                String sousChemin = chemin.isEmpty() ? e.getKey() : chemin + "." + e.getKey();
                if (ENSEMBLES.contains(e.getKey())) {
                    Set<String> attendus = textes(e.getValue());
                    Set<String> obtenus = textes(obtenu.path(e.getKey()));
                    if (!attendus.equals(obtenus)) {
                        ecarts.add(sousChemin + " : attendu " + attendus + ", obtenu " + obtenus);
                    }
                } else {
                    comparer(sousChemin, e.getValue(), obtenu.path(e.getKey()), ecarts);
                }
            });
        } else if (attendu.isArray()) {
            if (attendu.size() != obtenu.size()) {
                ecarts.add(chemin + " (nombre d'éléments) : attendu " + attendu.size() + ", obtenu " + obtenu.size());
                return;
            }
            for (int i = 0; i < attendu.size(); i++) {
                comparer(chemin + "[" + i + "]", attendu.get(i), obtenu.get(i), ecarts);
            }
        } else if (attendu.isNumber()) {
            if (!obtenu.isNumber() || attendu.decimalValue().compareTo(obtenu.decimalValue()) != 0) {
                ecarts.add(chemin + " : attendu " + attendu + ", obtenu " + texte(obtenu));
            }
        } else if (!attendu.equals(obtenu)) {
            ecarts.add(chemin + " : attendu " + attendu + ", obtenu " + texte(obtenu));
        }
    }

    private static String texte(JsonNode valeur) {
        if (valeur.isNumber()) {
            return valeur.decimalValue().toPlainString();
        }
        return valeur.isMissingNode() ? "(absent)" : valeur.toString();
    }

    private static ArrayNode nonSatisfaits(JsonNode criteres) {
        ArrayNode codes = NOEUDS.arrayNode();
        criteres.forEach(c -> {
            if (!c.path("satisfait").asBoolean()) {
                codes.add(c.path("code").asText());
            }
        });
        return codes;
    }

    private static Set<String> textes(JsonNode liste) {
        Set<String> valeurs = new TreeSet<>();
        liste.forEach(v -> valeurs.add(v.asText()));
        return valeurs;
    }
}
