package fr.enmr.emballe;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged service (target/quarkus-app) in its own JVM on a loopback port, for tests of what a
 * real deployment does: restarts, several instances, property-based runs over HTTP.
 */
public final class ServiceEmballe implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceEmballe(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts it with these system properties (e.g. store mode and path); returns once it is ready. */
    public static ServiceEmballe demarrer(String nom, int port, Map<String, String> proprietes) throws Exception {
        return demarrer(nom, port, proprietes, "/q/health/ready");
    }

    /** Starts it and returns once it answers, ready or not (e.g. with its store unreachable). */
    public static ServiceEmballe demarrerSansAttendreLeStockage(String nom, int port, Map<String, String> proprietes) throws Exception {
        return demarrer(nom, port, proprietes, "/q/health/live");
    }

    private static ServiceEmballe demarrer(String nom, int port, Map<String, String> proprietes, String sante) throws Exception {
        List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port));
        proprietes.forEach((cle, valeur) -> commande.add("-D" + cle + "=" + valeur));
        commande.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        Path log = Path.of("target", "service-" + nom + ".log");
        Process process = new ProcessBuilder(commande).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServiceEmballe service = new ServiceEmballe(process, port, log);
        try {
            await("service " + nom + " answering " + sante + " with 200; see " + log).atMost(Duration.ofSeconds(240))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .failFast("service " + nom + " exited; see " + log, () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class) // still starting: nothing listens yet
                    .until(() -> service.envoyer("GET", sante, null, null, null).statusCode() == 200);
            return service;
        } catch (ConditionTimeoutException pasPret) {
            process.destroyForcibly();
            throw pasPret;
        }
    }

    /** What it has logged (target/service-name.log: every start of that name appended, this one last). */
    public String journal() throws IOException {
        return Files.readString(log);
    }

    public static int portLibre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public HttpResponse<String> envoyer(String methode, String chemin, String utilisateur, String motDePasse, String corps) throws Exception {
        return envoyer(methode, chemin, utilisateur, motDePasse, corps, Map.of(), Duration.ofSeconds(30));
    }

    /**
     * The same with extra headers (e.g. Idempotency-Key, or a Content-Type other than JSON) and a client-side timeout
     * (HttpTimeoutException).
     */
    public HttpResponse<String> envoyer(String methode, String chemin, String utilisateur, String motDePasse, String corps,
            Map<String, String> entetes, Duration delai) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chemin))
                .timeout(delai)
                .method(methode, corps == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(corps, StandardCharsets.UTF_8));
        if (corps != null && !entetes.containsKey("Content-Type")) {
            requete.header("Content-Type", "application/json");
        }
        entetes.forEach(requete::header);
        if (utilisateur != null) {
            requete.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((utilisateur + ":" + motDePasse).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook, nothing flushed: a crash. */
    public void tuer() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
