package fr.enmr.allocation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scenarios survive a restart of the packaged service (embedded store): the service is killed
 * outright (SIGKILL) while one scenario is solving and after another has finished. Started again
 * on the same store, the finished one reads back identical, and the interrupted one is ARRETE with
 * the best result it had stored.
 */
class ScenarioRedemarrageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MINISTERE = "Basic " + Base64.getEncoder().encodeToString("ministere:ministere-enmr".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path store;

    @Test
    void finishedAndInterruptedScenariosSurviveAKilledService() throws Exception {
        int port = freePort();
        String csv = Files.readString(ScenarioApiSuite.NATIONAL);
        JsonNode termine;
        JsonNode enCours;
        String idTermine;
        String idEnCours;
        Process premier = demarrer(port);
        try {
            idTermine = creer(port, csv, 3);
            termine = attendre(port, idTermine, n -> !n.path("statut").asText().equals("EN_COURS"));
            assertThat(termine.path("statut").asText()).isEqualTo("TERMINE");
            idEnCours = creer(port, csv, 300);
            // the service says when a best result is in the store: no guess at how long that takes
            enCours = attendre(port, idEnCours, n -> n.path("progression").path("secondesEnregistrees").isNumber());
            assertThat(enCours.path("statut").asText()).isEqualTo("EN_COURS");
        } finally {
            premier.destroyForcibly().waitFor();
        }

        Process second = demarrer(port);
        try {
            JsonNode relu = lire(port, idTermine);
            assertThat(relu.path("statut").asText()).isEqualTo("TERMINE");
            assertThat(relu.path("score")).isEqualTo(termine.path("score"));
            assertThat(relu.path("resultat")).isEqualTo(termine.path("resultat"));
            assertThat(relu.path("parametres")).isEqualTo(termine.path("parametres"));

            JsonNode interrompu = lire(port, idEnCours);
            assertThat(interrompu.path("statut").asText()).isEqualTo("ARRETE");
            assertThat(interrompu.path("motif").asText()).contains("interrompue");
            assertThat(interrompu.path("score").asText()).as("a complete selection, not one under construction").doesNotContain("init");
            assertThat(interrompu.path("resultat").path("retenus").size()).as(interrompu.toString()).isGreaterThan(0);
            assertThat(interrompu.path("resultat").path("totaux").path("enveloppeRestante").asDouble()).isGreaterThanOrEqualTo(0);
            HttpResponse<String> explication = get(port, "/api/scenarios/" + idEnCours + "/candidats/"
                    + interrompu.path("resultat").path("retenus").get(0).asText());
            assertThat(explication.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(explication.body()).path("explication").asText()).startsWith("Retenu.");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static String creer(int port, String csv, int secondes) throws Exception {
        HttpResponse<String> reponse = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/scenarios?dureeMaxSecondes=" + secondes))
                .header("Content-Type", "text/csv").header("Authorization", MINISTERE)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(202);
        return JSON.readTree(reponse.body()).path("id").asText();
    }

    private static JsonNode attendre(int port, String id, java.util.function.Predicate<JsonNode> condition) {
        return await("scenario " + id + " as expected").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> lire(port, id), condition::test);
    }

    private static JsonNode lire(int port, String id) throws Exception {
        HttpResponse<String> reponse = get(port, "/api/scenarios/" + id);
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(200);
        return JSON.readTree(reponse.body());
    }

    private Process demarrer(int port) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Denmr.store.chemin=" + store.resolve("donnees"),
                "-Denmr.echantillons.charger=false",
                "-Denmr.scenarios.intervalle-sauvegarde=500ms",
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(store.resolve("service.log").toFile()))
                .start();
        long limite = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < limite) {
            assertThat(process.isAlive()).as("service running; see %s", store.resolve("service.log")).isTrue();
            try {
                if (get(port, "/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (IOException pasEncore) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("service not ready within 60 s");
    }

    private static HttpResponse<String> get(int port, String chemin) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chemin)).header("Authorization", MINISTERE).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
