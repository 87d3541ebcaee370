package fr.enmr.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.emballe.ServiceEmballe;

/**
 * A restart of the packaged service keeps every stored decision: the service is killed outright
 * (SIGKILL, no shutdown hook) right after answering 201, started again on the same store, and the
 * decisions read back identical. The sample data are loaded on the first start only.
 */
class RedemarrageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENT = "ars-bretagne";
    private static final String MOT_DE_PASSE = "ars-bretagne-enmr";

    @TempDir
    Path store;

    @Test
    void decisionsSurviveAKilledServiceAndSamplesAreLoadedOnce() throws Exception {
        int port = ServiceEmballe.portLibre();
        Map<String, String> proprietes = Map.of("enmr.store.chemin", store.resolve("donnees").toString(),
                "enmr.echantillons.charger", "true", "enmr.echantillons.generes", "3");
        Files.deleteIfExists(Path.of("target", "service-redemarrage.log"));

        ServiceEmballe premier = ServiceEmballe.demarrer("redemarrage", port, proprietes);
        HttpResponse<String> created = premier.envoyer("POST", "/api/decisions", AGENT, MOT_DE_PASSE, DecisionApiSuite.exemple1());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asText();
        premier.tuer();

        try (ServiceEmballe second = ServiceEmballe.demarrer("redemarrage", port, proprietes)) {
            HttpResponse<String> read = second.envoyer("GET", "/api/decisions/" + id, AGENT, MOT_DE_PASSE, null);
            assertThat(read.statusCode()).isEqualTo(200);
            JsonNode stored = JSON.readTree(read.body());
            JsonNode original = JSON.readTree(created.body());
            original.fieldNames().forEachRemaining(field ->
                    assertThat(stored.get(field)).as(field).isEqualTo(original.get(field)));
            assertThat(stored.path("dossier").path("reference").asText()).isEqualTo("BRE-2014-0001");
        }
        assertThat(Files.readString(Path.of("target", "service-redemarrage.log"))).containsOnlyOnce("Sample data: 12 decisions stored");
    }
}
