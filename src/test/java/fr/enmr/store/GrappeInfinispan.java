package fr.enmr.store;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.client.hotrod.configuration.ClientIntelligence;
import org.infinispan.client.hotrod.configuration.ConfigurationBuilder;

/**
 * A cluster of two real Infinispan servers for tests, started as start-cluster.sh starts them (one
 * start-server.sh --node per member, JGroups TCP on loopback with a static member list) on free ports.
 */
public final class GrappeInfinispan implements AutoCloseable {

    private static final Pattern VUE_A_DEUX = Pattern.compile("ISPN000094: Received new cluster view for channel enmr: \\[[^]]+] \\(2\\)");

    private final List<ServeurInfinispan> noeuds;

    private GrappeInfinispan(List<ServeurInfinispan> noeuds) {
        this.noeuds = noeuds;
    }

    /** Starts both nodes under target/test-infinispan/name-1 and -2, and returns once they form one cluster. */
    public static GrappeInfinispan demarrer(String nom) {
        int[] ports = {portJGroupsLibre(), portJGroupsLibre()};
        String membres = "127.0.0.1[" + ports[0] + "],127.0.0.1[" + ports[1] + "]";
        ServeurInfinispan premier = ServeurInfinispan.demarrerNoeud(nom + "-1", "noeud-1", ports[0], membres);
        ServeurInfinispan second = ServeurInfinispan.demarrerNoeud(nom + "-2", "noeud-2", ports[1], membres);
        GrappeInfinispan grappe = new GrappeInfinispan(List.of(premier, second));
        grappe.attendreLaVueADeux(premier, 0, Duration.ofSeconds(60));
        return grappe;
    }

    public ServeurInfinispan noeud(int i) {
        return noeuds.get(i);
    }

    /** Starts a killed node again on its data and returns once it is back in a view of two members. */
    public void redemarrer(int i) {
        ServeurInfinispan noeud = noeuds.get(i);
        int debut = noeud.journal().length();
        noeud.redemarrer();
        attendreLaVueADeux(noeud, debut, Duration.ofSeconds(60));
    }

    /**
     * Waits until a node logs, after the given position of its log, that it is in a view of two members: a restarted
     * node does so once it has rejoined, before it has received its state and logs that it is started.
     */
    public void attendreLaVueADeux(int i, int depuis, Duration limite) {
        attendreLaVueADeux(noeuds.get(i), depuis, limite);
    }

    private void attendreLaVueADeux(ServeurInfinispan noeud, int depuis, Duration limite) {
        await("the two nodes in one cluster (a view of 2 logged)").atMost(limite).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> VUE_A_DEUX.matcher(apres(noeud.journal(), depuis)).find());
    }

    /** How far each node's log goes now: what a later wait reads from. */
    public int[] positionsDesJournaux() {
        return noeuds.stream().mapToInt(n -> n.journal().length()).toArray();
    }

    /** Waits until a node logs, after the given positions, that a rebalance of the cache has finished. */
    public void attendreLeReequilibrage(String cache, int[] depuis, Duration limite) {
        Pattern termine = Pattern.compile("ISPN100010[^\n]*\\b" + Pattern.quote(cache) + "\\b|\\b" + Pattern.quote(cache) + "\\b[^\n]*ISPN100010");
        await("a finished rebalance of " + cache + " logged (ISPN100010)").atMost(limite).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> IntStream.range(0, noeuds.size()).anyMatch(i -> termine.matcher(apres(noeuds.get(i).journal(), depuis[i])).find()));
    }

    /** What a log holds from a position on (nothing yet if it is not that long). */
    private static String apres(String journal, int position) {
        return journal.substring(Math.min(position, journal.length()));
    }

    /** The service's configuration for this cluster: both servers, caches distributed over both (2 owners). */
    public Map<String, String> configurationService() {
        return Map.of("enmr.store.mode", "remote",
                "quarkus.infinispan-client.hosts", "127.0.0.1:" + noeuds.get(0).port() + ";127.0.0.1:" + noeuds.get(1).port(),
                "quarkus.infinispan-client.username", ServeurInfinispan.UTILISATEUR,
                "quarkus.infinispan-client.password", ServeurInfinispan.MOT_DE_PASSE,
                "enmr.store.cluster.proprietaires", "2");
    }

    /** A Hot Rod client that talks to this node only: no topology, no routing to the other member. */
    public RemoteCacheManager clientDuSeulNoeud(int i) {
        ConfigurationBuilder builder = new ConfigurationBuilder();
        builder.addServer().host("127.0.0.1").port(noeuds.get(i).port())
                .clientIntelligence(ClientIntelligence.BASIC)
                .security().authentication().username(ServeurInfinispan.UTILISATEUR).password(ServeurInfinispan.MOT_DE_PASSE);
        builder.addContextInitializer(new StoreSchemaImpl());
        return new RemoteCacheManager(builder.build());
    }

    @Override
    public void close() {
        noeuds.forEach(ServeurInfinispan::close);
    }

    /** A free port below 15536: JGroups' failure detection listens 50000 above it (start-server.sh). */
    private static int portJGroupsLibre() {
        for (int essai = 0; essai < 100; essai++) {
            int port = ThreadLocalRandom.current().nextInt(9000, 15000);
            if (libre(port) && libre(port + 50000)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port for JGroups");
    }

    private static boolean libre(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException occupe) {
            return false;
        }
    }
}
