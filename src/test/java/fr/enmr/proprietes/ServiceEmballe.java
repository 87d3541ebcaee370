package fr.enmr.proprietes;

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

/** The packaged service (target/quarkus-app) started in its own JVM on a free loopback port, embedded store in a temp dir. */
final class ServiceEmballe implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;

    private ServiceEmballe(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServiceEmballe demarrer() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path donnees = Files.createTempDirectory("enmr-proprietes");
        Path log = Path.of("target", "proprietes-service.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Denmr.echantillons.charger=false",
                "-Denmr.store.chemin=" + donnees, "-Dquarkus.log.level=WARN",
                "-Denmr.securite.utilisateurs=src/test/resources/utilisateurs-test.properties",
                "-jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceEmballe service = new ServiceEmballe(process, port);
        long limite = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < limite) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited; see " + log);
            }
            try {
                if (service.envoyer("GET", "/q/health/ready", null, null, null).statusCode() == 200) {
                    return service;
                }
            } catch (IOException pasEncore) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("service not ready; see " + log);
    }

    HttpResponse<String> envoyer(String methode, String chemin, String utilisateur, String motDePasse, String corps) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chemin))
                .timeout(Duration.ofSeconds(30))
                .method(methode, corps == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(corps, StandardCharsets.UTF_8));
        if (corps != null) {
            requete.header("Content-Type", "application/json");
        }
        if (utilisateur != null) {
            requete.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((utilisateur + ":" + motDePasse).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
