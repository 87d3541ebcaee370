package fr.enmr.distant;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.store.ServeurInfinispan;

/**
 * Two instances of the packaged service in remote mode over one Infinispan server: a decision
 * written through one is read, and found by a query, through the other (nothing kept locally).
 */
class DeuxInstancesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDecisionWrittenThroughOneInstanceIsReadThroughTheOther() throws Exception {
        try (ServeurInfinispan serveur = ServeurInfinispan.demarrer("deux-instances")) {
            int portA = portLibre();
            int portB = portLibre();
            Process a = demarrer(serveur, portA, "a");
            Process b = demarrer(serveur, portB, "b");
            try {
                String dossier = Files.readString(Path.of("src/test/resources/cas/bases/msp-bretagne-2014.json"))
                        .replace("BRE-2014-0001", "DEUX-INSTANCES-1");
                HttpResponse<String> cree = envoyer(portA, HttpRequest.newBuilder(uri(portA, "/api/decisions"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(dossier)));
                assertThat(cree.statusCode()).isEqualTo(201);
                JsonNode decision = JSON.readTree(cree.body());

                HttpResponse<String> lu = envoyer(portB, HttpRequest.newBuilder(uri(portB, "/api/decisions/" + decision.path("id").asText())).GET());
                assertThat(lu.statusCode()).isEqualTo(200);
                JsonNode stocke = JSON.readTree(lu.body());
                decision.fieldNames().forEachRemaining(champ -> assertThat(stocke.get(champ)).as(champ).isEqualTo(decision.get(champ)));

                HttpResponse<String> liste = envoyer(portB, HttpRequest.newBuilder(uri(portB, "/api/decisions?reference=DEUX-INSTANCES-1")).GET());
                assertThat(JSON.readTree(liste.body()).path("decisions").get(0).path("id")).isEqualTo(decision.path("id"));
            } finally {
                a.destroy();
                b.destroy();
                a.waitFor();
                b.waitFor();
            }
        }
    }

    private static Process demarrer(ServeurInfinispan serveur, int port, String nom) throws Exception {
        List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Denmr.echantillons.charger=false"));
        for (Map.Entry<String, String> e : serveur.configurationService().entrySet()) {
            commande.add("-D" + e.getKey() + "=" + e.getValue());
        }
        commande.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        Path log = Path.of("target", "deux-instances-" + nom + ".log");
        Process process = new ProcessBuilder(commande).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long limite = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < limite) {
            assertThat(process.isAlive()).as("instance %s running; see %s", nom, log).isTrue();
            try {
                if (envoyer(port, HttpRequest.newBuilder(uri(port, "/q/health/ready")).GET()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException pasEncore) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("instance " + nom + " not ready; see " + log);
    }

    private static URI uri(int port, String chemin) {
        return URI.create("http://127.0.0.1:" + port + chemin);
    }

    private static HttpResponse<String> envoyer(int port, HttpRequest.Builder requete) throws Exception {
        requete.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("ars-bretagne:ars-bretagne-enmr".getBytes()));
        return HTTP.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int portLibre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
