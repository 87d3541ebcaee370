package fr.enmr.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A restart of the packaged service keeps every stored decision: the service is killed outright
 * (SIGKILL, no shutdown hook) right after answering 201, started again on the same store, and the
 * decisions read back identical. The sample data are loaded on the first start only.
 */
class RedemarrageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path store;

    @Test
    void decisionsSurviveAKilledServiceAndSamplesAreLoadedOnce() throws Exception {
        int port = freePort();
        String answered;
        String id;
        Process first = start(port);
        try {
            HttpResponse<String> created = post(port, DecisionApiSuite.exemple1());
            assertThat(created.statusCode()).isEqualTo(201);
            answered = created.body();
            id = JSON.readTree(answered).path("id").asText();
            assertThat(get(port, "/api/decisions/" + id).statusCode()).isEqualTo(200);
        } finally {
            first.destroyForcibly().waitFor();
        }

        Process second = start(port);
        try {
            HttpResponse<String> read = get(port, "/api/decisions/" + id);
            assertThat(read.statusCode()).isEqualTo(200);
            JsonNode stored = JSON.readTree(read.body());
            JsonNode original = JSON.readTree(answered);
            original.fieldNames().forEachRemaining(field ->
                    assertThat(stored.get(field)).as(field).isEqualTo(original.get(field)));
            assertThat(stored.path("dossier").path("reference").asText()).isEqualTo("BRE-2014-0001");
        } finally {
            second.destroy();
            second.waitFor();
        }
        String logs = Files.readString(store.resolve("service.log"));
        assertThat(logs).containsOnlyOnce("Sample data: 12 decisions stored");
    }

    private Process start(int port) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Denmr.store.chemin=" + store.resolve("donnees"),
                "-Denmr.echantillons.charger=true",
                "-Denmr.echantillons.generes=3",
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(store.resolve("service.log").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("service running; see %s", store.resolve("service.log")).isTrue();
            try {
                if (get(port, "/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYetListening) {
                // the service is still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("service not ready within 60 s");
    }

    private static HttpResponse<String> post(int port, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/decisions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("ars-bretagne:ars-bretagne-enmr".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("ars-bretagne:ars-bretagne-enmr".getBytes())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
