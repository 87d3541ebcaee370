package fr.enmr.allocation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.emballe.ServiceEmballe;

/**
 * Scenarios survive a restart of the packaged service (embedded store): the service is killed
 * outright (SIGKILL) while one scenario is solving and after another has finished. Started again
 * on the same store, the finished one reads back identical, and the interrupted one is ARRETE with
 * the best result it had stored.
 */
class ScenarioRedemarrageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path store;

    @Test
    void finishedAndInterruptedScenariosSurviveAKilledService() throws Exception {
        int port = ServiceEmballe.portLibre();
        Map<String, String> proprietes = Map.of("enmr.store.chemin", store.resolve("donnees").toString(),
                "enmr.echantillons.charger", "false",
                "enmr.scenarios.intervalle-sauvegarde", "500ms");
        String csv = Files.readString(ScenarioApiSuite.NATIONAL);
        JsonNode termine;
        JsonNode enCours;
        String idTermine;
        String idEnCours;
        ServiceEmballe premier = ServiceEmballe.demarrer("scenario-redemarrage", port, proprietes);
        try {
            idTermine = creer(premier, csv, 3);
            termine = attendre(premier, idTermine, n -> !n.path("statut").asText().equals("EN_COURS"));
            assertThat(termine.path("statut").asText()).isEqualTo("TERMINE");
            idEnCours = creer(premier, csv, 300);
            // the service says when a best result is in the store: no guess at how long that takes
            enCours = attendre(premier, idEnCours, n -> n.path("progression").path("secondesEnregistrees").isNumber());
            assertThat(enCours.path("statut").asText()).isEqualTo("EN_COURS");
        } finally {
            premier.tuer();
        }

        try (ServiceEmballe second = ServiceEmballe.demarrer("scenario-redemarrage", port, proprietes)) {
            JsonNode relu = lire(second, idTermine);
            assertThat(relu.path("statut").asText()).isEqualTo("TERMINE");
            assertThat(relu.path("score")).isEqualTo(termine.path("score"));
            assertThat(relu.path("resultat")).isEqualTo(termine.path("resultat"));
            assertThat(relu.path("parametres")).isEqualTo(termine.path("parametres"));

            JsonNode interrompu = lire(second, idEnCours);
            assertThat(interrompu.path("statut").asText()).isEqualTo("ARRETE");
            assertThat(interrompu.path("motif").asText()).contains("interrompue");
            assertThat(interrompu.path("score").asText()).as("a complete selection, not one under construction").doesNotContain("init");
            assertThat(interrompu.path("resultat").path("retenus").size()).as(interrompu.toString()).isGreaterThan(0);
            assertThat(interrompu.path("resultat").path("totaux").path("enveloppeRestante").asDouble()).isGreaterThanOrEqualTo(0);
            HttpResponse<String> explication = second.envoyer("GET", "/api/scenarios/" + idEnCours + "/candidats/"
                    + interrompu.path("resultat").path("retenus").get(0).asText(), "ministere", "ministere-enmr", null);
            assertThat(explication.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(explication.body()).path("explication").asText()).startsWith("Retenu.");
        }
    }

    private static String creer(ServiceEmballe service, String csv, int secondes) throws Exception {
        HttpResponse<String> reponse = service.envoyer("POST", "/api/scenarios?dureeMaxSecondes=" + secondes, "ministere", "ministere-enmr", csv,
                Map.of("Content-Type", "text/csv"), Duration.ofSeconds(30));
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(202);
        return JSON.readTree(reponse.body()).path("id").asText();
    }

    private static JsonNode attendre(ServiceEmballe service, String id, java.util.function.Predicate<JsonNode> condition) {
        return await("scenario " + id + " as expected").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> lire(service, id), condition::test);
    }

    private static JsonNode lire(ServiceEmballe service, String id) throws Exception {
        HttpResponse<String> reponse = service.envoyer("GET", "/api/scenarios/" + id, "ministere", "ministere-enmr", null);
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(200);
        return JSON.readTree(reponse.body());
    }
}
