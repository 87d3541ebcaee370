package fr.enmr.distant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.emballe.ServiceEmballe;
import fr.enmr.store.ServeurInfinispan;

/**
 * Two instances of the packaged service on one Infinispan server: a rule-set version approved through A, once B has
 * compiled it ahead as a submitted version, decides on B within 10 s, while a steady load on B sees no failed request
 * during the switch; and two approvals racing through the two instances: exactly one wins.
 */
class DeuxInstancesReglesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServeurInfinispan serveur;
    private static ServiceEmballe a;
    private static ServiceEmballe b;

    @BeforeAll
    static void deuxInstancesSurUnServeur() throws Exception {
        serveur = ServeurInfinispan.demarrer("deux-instances-regles");
        Map<String, String> proprietes = new HashMap<>(serveur.configurationService());
        proprietes.put("enmr.echantillons.charger", "false");
        a = ServiceEmballe.demarrer("regles-a", ServiceEmballe.portLibre(), proprietes);
        b = ServiceEmballe.demarrer("regles-b", ServiceEmballe.portLibre(), proprietes);
    }

    @AfterAll
    static void arreterTout() throws Exception {
        try (ServeurInfinispan s = serveur; ServiceEmballe premiere = a; ServiceEmballe seconde = b) {
            // closed in reverse order: the instances, then the server
        }
    }

    /**
     * What an analyst does after changing a rule: the cases that expected the old amount take the new one, so the
     * draft's cases pass and it can be submitted.
     */
    private static void casSuivantLaRegle(String brouillon) throws Exception {
        JsonNode essais = JSON.readTree(a.envoyer("POST", "/api/regles/versions/" + brouillon + "/essais", "analyste", "analyste-enmr", null).body());
        Map<String, JsonNode> obtenus = new HashMap<>();
        essais.path("echecs").forEach(echec -> obtenus.put(echec.path("nom").asText(), echec.path("obtenu")));
        assertThat(obtenus).as("cases the change makes fail").isNotEmpty();
        JsonNode version = JSON.readTree(a.envoyer("GET", "/api/regles/versions/" + brouillon, "analyste", "analyste-enmr", null).body());
        for (JsonNode fichier : version.path("fichiers")) {
            if (!fichier.path("type").asText().equals("CAS")) {
                continue;
            }
            String nom = fichier.path("nom").asText();
            JsonNode cas = JSON.readTree(a.envoyer("GET", "/api/regles/versions/" + brouillon + "/fichiers/" + nom, "analyste", "analyste-enmr", null).body());
            boolean modifie = false;
            for (JsonNode unCas : cas) {
                // a failure is named after its file and its case
                JsonNode obtenu = obtenus.get(nom.substring(nom.lastIndexOf('/') + 1) + " — " + unCas.path("nom").asText());
                if (obtenu != null) {
                    ((ObjectNode) unCas).set("attendu", obtenu);
                    modifie = true;
                }
            }
            if (modifie) {
                HttpResponse<String> mis = a.envoyer("PUT", "/api/regles/versions/" + brouillon + "/fichiers/" + nom, "analyste", "analyste-enmr",
                        JSON.writeValueAsString(cas));
                assertThat(mis.statusCode()).as(mis.body()).isEqualTo(200);
            }
        }
        JsonNode apres = JSON.readTree(a.envoyer("POST", "/api/regles/versions/" + brouillon + "/essais", "analyste", "analyste-enmr", null).body());
        assertThat(apres.path("echecs")).as("cases after their update").isEmpty();
    }

    @Test
    void aVersionApprovedThroughOneInstanceDecidesOnTheOtherWithinTenSecondsWithoutAFailedRequest() throws Exception {
        String dossier = Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json"));
        JsonNode avant = JSON.readTree(b.envoyer("POST", "/api/decisions", "ars-bretagne", "ars-bretagne-enmr", dossier).body());
        String ancienne = avant.path("version").asText();
        assertThat(ancienne).isNotBlank();
        String dmn = a.envoyer("GET", "/api/regles/versions/" + ancienne + "/fichiers/enmr.dmn", "analyste", "analyste-enmr", null).body()
                .replace("<outputEntry id=\"_expr_096\"><text>30000</text>", "<outputEntry id=\"_expr_096\"><text>31000</text>");
        HttpResponse<String> cree = a.envoyer("POST", "/api/regles/versions", "analyste", "analyste-enmr", JSON.writeValueAsString(
                Map.of("base", ancienne, "motif", "Part A classe 2 à 31 000 €", "fichiers", Map.of("enmr.dmn", dmn))));
        assertThat(cree.statusCode()).as(cree.body()).isEqualTo(201);
        String nouvelle = JSON.readTree(cree.body()).path("id").asText();
        casSuivantLaRegle(nouvelle);
        assertThat(a.envoyer("POST", "/api/regles/versions/" + nouvelle + "/soumission", "analyste", "analyste-enmr", null).statusCode())
                .isEqualTo(200);

        AtomicBoolean charge = new AtomicBoolean(true);
        AtomicInteger echecs = new AtomicInteger();
        AtomicInteger requetes = new AtomicInteger();
        AtomicInteger avecLaNouvelle = new AtomicInteger();
        Thread chargeSurB = new Thread(() -> {
            while (charge.get()) {
                try {
                    HttpResponse<String> r = b.envoyer("POST", "/api/decisions", "ars-bretagne", "ars-bretagne-enmr", dossier);
                    requetes.incrementAndGet();
                    if (r.statusCode() / 100 != 2) {
                        echecs.incrementAndGet();
                    } else if (JSON.readTree(r.body()).path("version").asText().equals(nouvelle)) {
                        assertThat(JSON.readTree(r.body()).path("total").decimalValue()).isEqualByComparingTo("36450");
                        avecLaNouvelle.incrementAndGet();
                    }
                    Thread.sleep(50); // a pace, not a wait: a decision every 50 ms
                } catch (Exception e) {
                    echecs.incrementAndGet();
                }
            }
        });
        chargeSurB.start();
        // as after a real review: B has seen the submitted version and compiled it, so that the approval is a swap on B
        await("B compiled the submitted version ahead of its approval").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> b.journal().contains("Rule-set version " + nouvelle + ", awaiting approval, compiled ahead of its publication"));
        attendreDesRequetes(requetes, 10, "before the approval");

        long approuvee = System.nanoTime();
        HttpResponse<String> approbation = a.envoyer("POST", "/api/regles/versions/" + nouvelle + "/approbation", "analyste-2", "analyste-2-enmr", null);
        assertThat(approbation.statusCode()).as(approbation.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> assertThat(avecLaNouvelle.get())
                .as("decisions of B with the new version, %d ms after the approval", (System.nanoTime() - approuvee) / 1_000_000).isPositive());
        long delai = Duration.ofNanos(System.nanoTime() - approuvee).toMillis();
        System.out.printf("Instance B decided with the approved version %d ms after the approval%n", delai);
        attendreDesRequetes(requetes, 10, "after the switch");
        charge.set(false);
        chargeSurB.join();

        assertThat(avecLaNouvelle.get()).as("decisions of B with the new version, %d ms after the approval", delai).isPositive();
        assertThat(delai).isLessThan(10_000);
        assertThat(echecs.get()).as("failed requests out of %d", requetes.get()).isZero();
    }

    /** A submitted version of {@code base} made through A by « analyste », deciding as its base (a comment in its DMN). */
    private static String soumiseParA(String base) throws Exception {
        String dmn = a.envoyer("GET", "/api/regles/versions/" + base + "/fichiers/enmr.dmn", "analyste", "analyste-enmr", null).body()
                + "\n<!-- course " + System.nanoTime() + " -->\n";
        HttpResponse<String> cree = a.envoyer("POST", "/api/regles/versions", "analyste", "analyste-enmr", JSON.writeValueAsString(
                Map.of("base", base, "motif", "Course d'approbations", "fichiers", Map.of("enmr.dmn", dmn))));
        assertThat(cree.statusCode()).as(cree.body()).isEqualTo(201);
        String id = JSON.readTree(cree.body()).path("id").asText();
        HttpResponse<String> soumise = a.envoyer("POST", "/api/regles/versions/" + id + "/soumission", "analyste", "analyste-enmr", null);
        assertThat(soumise.statusCode()).as(soumise.body()).isEqualTo(200);
        return id;
    }

    private static String active(ServiceEmballe instance) throws Exception {
        JsonNode versions = JSON.readTree(instance.envoyer("GET", "/api/regles/versions?taille=100", "analyste", "analyste-enmr", null).body());
        for (JsonNode version : versions.path("versions")) {
            if (version.path("active").asBoolean()) {
                return version.path("id").asText();
            }
        }
        throw new AssertionError("no active version");
    }

    @Test
    void ofTwoApprovalsRacingThroughTwoInstancesExactlyOneWinsAndTheOtherVersionStaysSubmitted() throws Exception {
        String base = active(a);
        String parA = soumiseParA(base);
        String parB = soumiseParA(base);
        CyclicBarrier ensemble = new CyclicBarrier(2);
        CompletableFuture<HttpResponse<String>> viaA = CompletableFuture.supplyAsync(() -> approuver(a, parA, ensemble));
        CompletableFuture<HttpResponse<String>> viaB = CompletableFuture.supplyAsync(() -> approuver(b, parB, ensemble));
        List<Integer> statuts = List.of(viaA.get().statusCode(), viaB.get().statusCode());

        assertThat(statuts).as("A: %s ; B: %s", viaA.get().body(), viaB.get().body()).containsExactlyInAnyOrder(200, 409);
        String gagnante = statuts.get(0) == 200 ? parA : parB;
        String perdante = statuts.get(0) == 200 ? parB : parA;
        JsonNode refus = JSON.readTree((statuts.get(0) == 200 ? viaB : viaA).get().body());
        assertThat(refus.path("base").asText()).isEqualTo(base);
        assertThat(refus.path("active").asText()).isEqualTo(gagnante);
        assertThat(active(a)).isEqualTo(gagnante);
        assertThat(active(b)).isEqualTo(gagnante);
        JsonNode lue = JSON.readTree(b.envoyer("GET", "/api/regles/versions/" + perdante, "analyste", "analyste-enmr", null).body());
        assertThat(lue.path("etat").asText()).isEqualTo("SOUMISE");
    }

    private static HttpResponse<String> approuver(ServiceEmballe instance, String version, CyclicBarrier ensemble) {
        try {
            ensemble.await();
            return instance.envoyer("POST", "/api/regles/versions/" + version + "/approbation", "analyste-2", "analyste-2-enmr", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the load has sent that many more requests: the switch happens under load, and the load goes on after it. */
    private static void attendreDesRequetes(AtomicInteger requetes, int combien, String quand) {
        int depuis = requetes.get();
        await(combien + " requests of the load on B " + quand).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> requetes.get() - depuis >= combien);
    }
}
