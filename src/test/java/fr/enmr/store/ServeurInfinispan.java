package fr.enmr.store;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.client.hotrod.configuration.ConfigurationBuilder;

/**
 * A real Infinispan server for tests, started by the project's own script
 * (config/infinispan/start-server.sh, jars from Maven Central) and owned by the test, which can kill
 * it outright and start it again on the same data.
 */
public final class ServeurInfinispan implements AutoCloseable {

    public static final String UTILISATEUR = "enmr";
    public static final String MOT_DE_PASSE = "enmr-dev-password";

    private final Path home;
    private final int port;
    private final List<String> options;
    private Process process;

    private ServeurInfinispan(Path home, int port, List<String> options) {
        this.home = home;
        this.port = port;
        this.options = options;
    }

    /** Starts a server whose data live under target/test-infinispan/name (emptied first). */
    public static ServeurInfinispan demarrer(String nom) {
        Path home = Path.of("target", "test-infinispan", nom).toAbsolutePath();
        supprimer(home);
        ServeurInfinispan serveur = new ServeurInfinispan(home, portLibre(), List.of());
        serveur.redemarrer();
        return serveur;
    }

    /**
     * Starts one node of a cluster (start-server.sh --node …), data under target/test-infinispan/name
     * (emptied first); returns when it accepts Hot Rod connections, whether or not the others have joined.
     */
    public static ServeurInfinispan demarrerNoeud(String nom, String noeud, int portJGroups, String membres) {
        Path home = Path.of("target", "test-infinispan", nom).toAbsolutePath();
        supprimer(home);
        ServeurInfinispan serveur = new ServeurInfinispan(home, portLibre(),
                List.of("--node", noeud, "--jgroups-port", Integer.toString(portJGroups), "--members", membres));
        serveur.redemarrer();
        return serveur;
    }

    /** What the server has logged since it was first started (its start-ups appended one after the other). */
    public String journal() {
        try {
            return Files.readString(home.resolve("test-server.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (again) on the same home and port; returns when it accepts Hot Rod connections. */
    public synchronized void redemarrer() {
        Path log = home.resolve("test-server.log");
        try {
            Files.createDirectories(home);
            long debut = Files.exists(log) ? Files.size(log) : 0;
            List<String> commande = new java.util.ArrayList<>(List.of("bash", "config/infinispan/start-server.sh",
                    "--home", home.toString(), "--port", Integer.toString(port), "--foreground"));
            commande.addAll(options);
            Process demarre = new ProcessBuilder(commande)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            process = demarre;
            // first run downloads the server; a cluster node rejoining a busy machine's cluster takes minutes more
            await("Infinispan server started (ISPN080001 logged); see " + log).atMost(Duration.ofMinutes(6))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .failFast("Infinispan server exited; see " + log, () -> !demarre.isAlive())
                    .until(() -> Files.size(log) > debut && Files.readString(log).substring((int) debut).contains("ISPN080001"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown of any kind, like a crashed machine process. */
    public synchronized void tuer() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return port;
    }

    public RemoteCacheManager client() {
        ConfigurationBuilder builder = new ConfigurationBuilder();
        builder.addServer().host("127.0.0.1").port(port)
                .security().authentication().username(UTILISATEUR).password(MOT_DE_PASSE);
        builder.addContextInitializer(new StoreSchemaImpl());
        return new RemoteCacheManager(builder.build());
    }

    /** What the service needs to run in remote mode against this server. */
    public Map<String, String> configurationService() {
        return Map.of("enmr.store.mode", "remote",
                "quarkus.infinispan-client.hosts", "127.0.0.1:" + port,
                "quarkus.infinispan-client.username", UTILISATEUR,
                "quarkus.infinispan-client.password", MOT_DE_PASSE);
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int portLibre() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void supprimer(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
