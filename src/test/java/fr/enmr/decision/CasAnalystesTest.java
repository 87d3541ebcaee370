package fr.enmr.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.regles.essais.ComparaisonCas;
import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The analysts' cases: every file of src/main/resources/cas/*.json (they travel with the rule version) is a list of
 * cases {nom, source, base, modifications, attendu} run through POST /api/decisions. A case names a base dossier of
 * cas/bases/, changes it with a JSON merge patch (RFC 7386) and lists only the fields it expects; the comparison is
 * the service's own (ComparaisonCas, also used by POST /api/regles/versions/{id}/essais). See README "Ajouter un cas de test".
 */
@QuarkusTest
class CasAnalystesTest {

    private static final Path CAS = Path.of("src/main/resources/cas");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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
        JsonNode dossier = ComparaisonCas.fusionner(base(cas.path("base").asText()), cas.path("modifications"));
        // decided by the ARS agent of the dossier's region (Bretagne when the region is missing or invalid)
        String region = dossier.path("structure").path("region").asText("BRETAGNE");
        boolean connue = fr.enmr.dossier.echantillon.Codes.Region.VALEURS.contains(region);
        Response response = Comptes.agentArs(connue ? region : "BRETAGNE").contentType("application/json").body(JSON.writeValueAsString(dossier))
                .post("/api/decisions");
        JsonNode attendu = cas.path("attendu");
        assertEquals(attendu.path("statut").asInt(201), response.statusCode(), () -> "statut HTTP ; réponse : " + response.asString());
        List<String> ecarts = ComparaisonCas.ecarts(attendu, ComparaisonCas.vue(JSON.readTree(response.asString()), response.statusCode()));
        assertTrue(ecarts.isEmpty(), () -> String.join("\n", ecarts));
    }

    private static JsonNode base(String nom) {
        try {
            return JSON.readTree(CAS.resolve("bases").resolve(nom + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("base dossier " + nom, e);
        }
    }
}
