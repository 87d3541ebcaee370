package fr.enmr.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The analysts' cases: every file of src/main/resources/cas/*.json (they travel with the rule version) is a list of cases
 * {nom, source, base, modifications, attendu} run through POST /api/decisions. A case names a base
 * dossier of cas/bases/, changes it with a JSON merge patch (RFC 7386) and lists only the fields it
 * expects. See README "Ajouter un cas de test".
 */
@QuarkusTest
class CasAnalystesTest {

    private static final Path CAS = Path.of("src/main/resources/cas");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Compared as sets of codes, whatever the order the analyst wrote them in. */
    private static final Set<String> ENSEMBLES = Set.of("criteresNonSatisfaits", "constats", "violations");

    @TestFactory
    Stream<DynamicTest> cas() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> fichiers = Files.list(CAS)) {
            for (Path fichier : fichiers.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode cas : JSON.readTree(fichier.toFile())) {
                    String nom = fichier.getFileName() + " — " + cas.path("nom").asText("(sans nom)");
                    tests.add(DynamicTest.dynamicTest(nom, () -> verifier(cas)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no analyst case found under " + CAS);
        return tests.stream();
    }

    private static void verifier(JsonNode cas) throws IOException {
        JsonNode dossier = fusionner(base(cas.path("base").asText()), cas.path("modifications"));
        // decided by the ARS agent of the dossier's region (Bretagne when the region is missing or invalid)
        String region = dossier.path("structure").path("region").asText("BRETAGNE");
        boolean connue = java.util.Arrays.stream(fr.enmr.dossier.Region.values()).anyMatch(r -> r.name().equals(region));
        Response response = Comptes.agentArs(connue ? region : "BRETAGNE").contentType("application/json").body(JSON.writeValueAsString(dossier))
                .post("/api/decisions");
        JsonNode attendu = cas.path("attendu");
        int statutAttendu = attendu.path("statut").asInt(201);
        assertEquals(statutAttendu, response.statusCode(), () -> "statut HTTP ; réponse : " + response.asString());
        comparer("", attendu, vue(JSON.readTree(response.asString()), response.statusCode()));
    }

    private static JsonNode base(String nom) {
        try {
            return JSON.readTree(CAS.resolve("bases").resolve(nom + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("base dossier " + nom, e);
        }
    }

    /** RFC 7386 JSON merge patch: objects merge, null removes, anything else replaces. */
    static JsonNode fusionner(JsonNode cible, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.isMissingNode() ? cible : patch.deepCopy();
        }
        ObjectNode resultat = cible.isObject() ? ((ObjectNode) cible).deepCopy() : JSON.createObjectNode();
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

    /** The answer as analysts write expectations: failed criteria and finding codes as lists of codes. */
    private static JsonNode vue(JsonNode reponse, int statut) {
        ObjectNode vue = ((ObjectNode) reponse).deepCopy();
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

    private static ArrayNode nonSatisfaits(JsonNode criteres) {
        ArrayNode codes = JSON.createArrayNode();
        criteres.forEach(c -> {
            if (!c.path("satisfait").asBoolean()) {
                codes.add(c.path("code").asText());
            }
        });
        return codes;
    }

    private static void comparer(String chemin, JsonNode attendu, JsonNode obtenu) {
        if (attendu.isObject()) {
            attendu.fields().forEachRemaining(e -> {
                String sousChemin = chemin.isEmpty() ? e.getKey() : chemin + "." + e.getKey();
                if (ENSEMBLES.contains(e.getKey())) {
                    assertEquals(textes(e.getValue()), textes(obtenu.path(e.getKey())), sousChemin);
                } else {
                    comparer(sousChemin, e.getValue(), obtenu.path(e.getKey()));
                }
            });
        } else if (attendu.isArray()) {
            assertEquals(attendu.size(), obtenu.size(), chemin + " (nombre d'éléments)");
            for (int i = 0; i < attendu.size(); i++) {
                comparer(chemin + "[" + i + "]", attendu.get(i), obtenu.get(i));
            }
        } else if (attendu.isNumber()) {
            if (!obtenu.isNumber() || attendu.decimalValue().compareTo(obtenu.decimalValue()) != 0) {
                fail(chemin + " : attendu " + attendu + ", obtenu " + obtenu);
            }
        } else {
            assertEquals(attendu, obtenu, chemin);
        }
    }

    private static Set<String> textes(JsonNode liste) {
        Set<String> valeurs = new TreeSet<>();
        liste.forEach(v -> valeurs.add(v.asText()));
        return valeurs;
    }
}
