package fr.enmr.distant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;
import org.infinispan.client.hotrod.RemoteCache;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.emballe.ServiceEmballe;
import fr.enmr.store.GrappeInfinispan;
import fr.enmr.store.StoredDecision;

/**
 * Two packaged service instances on a cluster of two Infinispan servers (caches distributed, 2 owners,
 * SYNC), a steady stream of decisions; one server is killed (SIGKILL) in the middle, started again
 * and left to rejoin, the stream going on until its rebalancing is over and as long again after it.
 * Clients retry every 503 and timeout with the same Idempotency-Key, through the other instance.
 * Then: every 201 present and identical through each instance, never a 500, and the restarted server
 * alone holds every decision once rebalanced, exactly one per submission. The non-201 answers of each
 * period (before, server down, rejoining, after) are printed and written to target/benchmarks/panne-grappe.md.
 */
class PanneNoeudGrappeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENT = "ars-bretagne";
    private static final String MOT_DE_PASSE = "ars-bretagne-enmr";
    private static final int SOUMISSIONS = 240;
    private static final Duration CADENCE = Duration.ofMillis(150);

    /** One attempt of a submission: when it started (ms since the stream began), its status (0: timeout or connection lost), how long it took. */
    record Essai(long debut, int statut, long duree) {
    }

    /** A submission as its client saw it: every attempt, and the 201 it ended with. */
    record Soumission(String reference, String cle, List<Essai> essais, String reponse) {
    }

    @Test
    void aServerKilledUnderLoadLosesNoDecisionAndComesBackHoldingThemAll() throws Exception {
        String modele = Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json"));
        try (GrappeInfinispan grappe = GrappeInfinispan.demarrer("grappe-panne")) {
            Map<String, String> proprietes = new HashMap<>(grappe.configurationService());
            proprietes.put("enmr.echantillons.charger", "false");
            try (ServiceEmballe a = ServiceEmballe.demarrer("grappe-a", ServiceEmballe.portLibre(), proprietes);
                    ServiceEmballe b = ServiceEmballe.demarrer("grappe-b", ServiceEmballe.portLibre(), proprietes)) {
                ServiceEmballe[] instances = {a, b};
                for (int i = 0; i < 2; i++) { // the caches are created on the cluster by the first requests: not part of the test
                    assertThat(soumettre(instances, i, "GRAPPE-ECHAUFFEMENT-" + i, "grappe-echauffement-" + i,
                            modele.replace("BRE-2014-0001", "GRAPPE-ECHAUFFEMENT-" + i), System.currentTimeMillis()).reponse()).isNotNull();
                }
                long t0 = System.currentTimeMillis();
                long avantLaPanne = CADENCE.toMillis() * SOUMISSIONS / 4;
                long[] panne = new long[3]; // [killed, back in a view of two, its rebalancing of decisions finished], ms since t0
                int[] journauxAvantRetour = new int[2];

                ExecutorService clients = Executors.newFixedThreadPool(8);
                ExecutorService incidents = Executors.newFixedThreadPool(2);
                List<Future<Soumission>> soumissions = new ArrayList<>();
                CompletableFuture<Void> incident = CompletableFuture.runAsync(() -> {
                    pause(avantLaPanne);
                    grappe.noeud(0).tuer();
                    panne[0] = System.currentTimeMillis() - t0;
                    pause(8_000);
                    System.arraycopy(grappe.positionsDesJournaux(), 0, journauxAvantRetour, 0, 2);
                    // started (ISPN080001) only once it has rejoined and received its state: the view is watched meanwhile
                    CompletableFuture<Void> redemarrage = CompletableFuture.runAsync(() -> grappe.redemarrer(0), incidents);
                    grappe.attendreLaVueADeux(0, journauxAvantRetour[0], Duration.ofMinutes(6));
                    panne[1] = System.currentTimeMillis() - t0;
                    grappe.attendreLeReequilibrage("decisions", journauxAvantRetour, Duration.ofMinutes(6));
                    panne[2] = System.currentTimeMillis() - t0;
                    redemarrage.join();
                    pause(avantLaPanne); // the kill in the middle: as long a stream after the rejoining as before the kill
                }, incidents);
                for (int i = 0; i < SOUMISSIONS || !incident.isDone(); i++) { // the stream lasts until the incident is over
                    String reference = "GRAPPE-" + i;
                    String corps = modele.replace("BRE-2014-0001", reference);
                    int premier = i;
                    soumissions.add(clients.submit(() -> soumettre(instances, premier, reference, "grappe-" + reference, corps, t0)));
                    Thread.sleep(CADENCE.toMillis()); // a pace, not a wait: one submission every CADENCE
                }
                incident.join(); // a server that could not restart or rebalance fails the test here
                List<Soumission> faites = new ArrayList<>();
                for (Future<Soumission> f : soumissions) {
                    faites.add(f.get(3, TimeUnit.MINUTES));
                }
                clients.shutdown();
                incidents.shutdown();

                List<Essai> essais = faites.stream().flatMap(s -> s.essais().stream()).toList();
                String rapport = rapport(faites, essais, panne);
                System.out.print(rapport);
                Files.createDirectories(Path.of("target", "benchmarks"));
                Files.writeString(Path.of("target", "benchmarks", "panne-grappe.md"), rapport);

                assertThat(essais).extracting(Essai::statut).as("never a 500 nor a refusal other than 503").isSubsetOf(201, 503, 0);
                assertThat(faites).allSatisfy(s -> assertThat(s.reponse()).as(s.reference() + " ended with a 201").isNotNull());
                for (Soumission s : faites) {
                    JsonNode repondue = JSON.readTree(s.reponse());
                    for (ServiceEmballe instance : instances) {
                        HttpResponse<String> lue = instance.envoyer("GET", "/api/decisions/" + repondue.path("id").asText(), AGENT, MOT_DE_PASSE, null);
                        assertThat(lue.statusCode()).as(s.reference()).isEqualTo(200);
                        JsonNode stockee = JSON.readTree(lue.body());
                        repondue.fieldNames().forEachRemaining(champ -> assertThat(stockee.get(champ)).as(s.reference() + " " + champ)
                                .isEqualTo(repondue.get(champ)));
                    }
                }

                // the restarted server's rebalancing of decisions finished during the stream (panne[2]); every write since went to both owners
                grappe.noeud(1).tuer(); // from now on the restarted server is alone: it must hold everything itself
                try (RemoteCacheManager seul = grappe.clientDuSeulNoeud(0)) {
                    RemoteCache<String, StoredDecision> decisions = seul.getCache("decisions");
                    for (Soumission s : faites) {
                        JsonNode repondue = JSON.readTree(s.reponse());
                        StoredDecision stockee = lireAvecPatience(decisions, repondue.path("id").asText());
                        assertThat(stockee).as(s.reference() + " on the restarted server alone").isNotNull();
                        assertThat(JSON.readTree(stockee.decisionJson())).isEqualTo(repondue);
                    }
                    // one decision per submission, counted over the entries (a query would read the indexes, rebuilt after a crash)
                    Map<String, Long> parReference = decisions.values().stream()
                            .collect(Collectors.groupingBy(StoredDecision::reference, Collectors.counting()));
                    assertThat(faites).allSatisfy(s -> assertThat(parReference.get(s.reference())).as("decisions stored for " + s.reference())
                            .isEqualTo(1L));
                }
            }
        }
    }

    /** Submits with a key, retrying every 503, timeout or lost connection through the other instance, for up to 3 minutes. */
    private static Soumission soumettre(ServiceEmballe[] instances, int premier, String reference, String cle, String corps, long t0) {
        List<Essai> essais = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger essai = new AtomicInteger();
        try {
            // in the client's thread: an attempt is never cut short by the wait, only by its own 10 s timeout
            HttpResponse<String> reponse = await(reference + " answered other than 503").atMost(Duration.ofMinutes(3)).pollInSameThread()
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .until(() -> essayer(instances[(premier + essai.getAndIncrement()) % 2], cle, corps, essais, t0),
                            r -> r != null && r.statusCode() != 503);
            return new Soumission(reference, cle, essais, reponse.statusCode() == 201 ? reponse.body() : null);
        } catch (ConditionTimeoutException toujoursIndisponible) {
            return new Soumission(reference, cle, essais, null);
        }
    }

    /** One attempt, noted in essais; null for a client timeout or a lost connection. */
    private static HttpResponse<String> essayer(ServiceEmballe instance, String cle, String corps, List<Essai> essais, long t0) throws Exception {
        long debut = System.currentTimeMillis() - t0;
        long depart = System.nanoTime();
        try {
            HttpResponse<String> reponse = instance.envoyer("POST", "/api/decisions", AGENT, MOT_DE_PASSE, corps,
                    Map.of("Idempotency-Key", cle), Duration.ofSeconds(10));
            essais.add(new Essai(debut, reponse.statusCode(), (System.nanoTime() - depart) / 1_000_000));
            return reponse;
        } catch (IOException perdue) { // HttpTimeoutException included
            essais.add(new Essai(debut, 0, (System.nanoTime() - depart) / 1_000_000));
            return null;
        }
    }

    /** The attempts of each period of the run: how many, how many not 201 (which, when), the slowest. */
    private static String rapport(List<Soumission> faites, List<Essai> essais, long[] panne) {
        long fin = essais.stream().mapToLong(e -> e.debut() + e.duree()).max().orElse(0);
        long[][] periodes = {{0, panne[0]}, {panne[0], panne[1]}, {panne[1], panne[2]}, {panne[2], fin + 1}};
        String[] noms = {"before the kill", "server down (killed, restarting, not yet in the view)", "rejoining (in the view, rebalancing)",
                "after the rebalancing"};
        StringBuilder texte = new StringBuilder("# PanneNoeudGrappeIT: a server of the cluster killed under load\n\n")
                .append(String.format("- %s; %d submissions (one every %d ms, each with its Idempotency-Key), %d attempts%n",
                        java.time.Instant.now(), faites.size(), CADENCE.toMillis(), essais.size()))
                .append(String.format("- server killed (SIGKILL) at %d ms, back in a view of two at %d ms, rebalancing of decisions finished at %d ms, "
                        + "stream over at %d ms; load average %s%n%n", panne[0], panne[1], panne[2], fin, chargeDeLaMachine()))
                .append("| period | attempts | not 201 | which (status@ms; 0 = client timeout or connection lost) | slowest attempt ms |\n")
                .append("|---|---:|---:|---|---:|\n");
        for (int p = 0; p < periodes.length; p++) {
            long de = periodes[p][0];
            long a = periodes[p][1];
            List<Essai> dedans = essais.stream().filter(e -> e.debut() >= de && e.debut() < a).toList();
            List<String> refus = dedans.stream().filter(e -> e.statut() != 201).map(e -> e.statut() + "@" + e.debut()).toList();
            texte.append(String.format("| %s | %d | %d | %s | %d |%n", noms[p], dedans.size(), refus.size(), refus.isEmpty() ? "" : refus,
                    dedans.stream().mapToLong(Essai::duree).max().orElse(0)));
        }
        return texte.append(String.format("%nNot 201 while the server was down: %d (goal: none). Over the whole run: %d.%n",
                essais.stream().filter(e -> e.debut() >= panne[0] && e.debut() < panne[1] && e.statut() != 201).count(),
                essais.stream().filter(e -> e.statut() != 201).count())).toString();
    }

    private static String chargeDeLaMachine() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException | RuntimeException inconnue) {
            return "unknown";
        }
    }

    private static void pause(long millisecondes) {
        try {
            Thread.sleep(millisecondes); // a pace, not a wait: how long the stream runs before the kill, how long the server stays down
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The remaining server may take a moment to see that its peer is gone: reads fail meanwhile. */
    private static StoredDecision lireAvecPatience(RemoteCache<String, StoredDecision> decisions, String id) {
        return await("decision " + id + " read from the restarted server alone").atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(RuntimeException.class)
                .until(() -> Optional.ofNullable(decisions.get(id)), luSansErreur -> true).orElse(null);
    }
}
