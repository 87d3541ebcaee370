package fr.enmr.distant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.infinispan.client.hotrod.RemoteCache;
import org.infinispan.client.hotrod.RemoteCacheManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.decision.AccesHttp;
import fr.enmr.decision.ChargeDecisions;
import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import fr.enmr.securite.Comptes;
import fr.enmr.store.ServeurInfinispan;
import fr.enmr.store.StoreCache;
import fr.enmr.store.StoredDecision;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The Infinispan server is killed (SIGKILL) in the middle of a stream of decision requests, each sent
 * with its Idempotency-Key, and started again: every request got 201 or 503, the service took decisions
 * again without being restarted, and once every 503 and timeout is retried with the same key there is
 * exactly one decision per key, stored as answered. Then the same under the load of concurrent clients:
 * every decision answered 201 is found by id, by every search and by the dashboards (issue 27).
 */
@QuarkusTest
@TestProfile(ModeDistant.class)
class PanneServeurTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Reponse(int statut, String corps) {
    }

    @Test
    void decisionsAnswered201SurviveAServerCrashAndRetriesWithTheKeyStoreEachOnce() throws Exception {
        String modele = Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json"));
        ServeurInfinispan serveur = ServeurInfinispanResource.serveur();
        List<Reponse> reponses = new ArrayList<>();
        List<String> references = new ArrayList<>();

        for (int i = 0; i < 150; i++) {
            if (i == 50) {
                serveur.tuer();
            }
            if (i == 90) {
                serveur.redemarrer();
            }
            references.add("PANNE-" + i);
            reponses.add(soumettre(modele, references.get(i)));
        }

        // 0: the client timed out (a loaded machine); like a 503, it is retried below with the same key
        assertThat(reponses).extracting(Reponse::statut).isSubsetOf(201, 503, 0);
        assertThat(reponses.subList(50, 90)).extracting(Reponse::statut).as("server down").doesNotContain(201);
        assertThat(reponses.subList(0, 50)).extracting(Reponse::statut).as("before the crash").doesNotContain(503);
        assertThat(reponses.subList(140, 150)).extracting(Reponse::statut).as("recovered without a restart").contains(201);
        for (int i = 0; i < reponses.size(); i++) {
            Reponse reponse = reponses.get(i);
            if (reponse.statut() == 503) {
                assertThat(JSON.readTree(reponse.corps()).path("status").asInt()).isEqualTo(503);
            }
            for (int essai = 0; reponse.statut() != 201 && essai < 20; essai++) { // the client's retries, same key
                assertThat(reponse.statut()).isIn(503, 0);
                reponse = soumettre(modele, references.get(i));
            }
            assertThat(reponse.statut()).as("retries of " + references.get(i)).isEqualTo(201);
            JsonNode corps = JSON.readTree(reponse.corps());
            String id = corps.path("id").asText();
            JsonNode stocke = JSON.readTree(Comptes.agentArs("BRETAGNE").get("/api/decisions/" + id).then().statusCode(200).extract().asString());
            corps.fieldNames().forEachRemaining(champ -> assertThat(stocke.get(champ)).as(id + " " + champ).isEqualTo(corps.get(champ)));
        }
        // counted over the cache's entries, not by a query: the server's index is rebuilt in the background after a crash
        try (RemoteCacheManager client = serveur.client()) {
            RemoteCache<String, StoredDecision> decisions = client.getCache(StoreCache.DECISIONS.nom());
            Map<String, Long> parReference = decisions.values().stream()
                    .collect(Collectors.groupingBy(StoredDecision::reference, Collectors.counting()));
            references.forEach(reference -> assertThat(parReference.get(reference)).as("decisions stored for " + reference).isEqualTo(1L));
        }
    }

    /**
     * Eight clients post without pause (no Idempotency-Key) while the server is killed, left down a few seconds and
     * started again: the answers are 201 or 503 (or a client timeout), never another status; the service takes decisions
     * again without a restart; and every decision answered 201, before, during or after the outage, is found by id, by
     * every search and by its dashboard once the server has rebuilt its indexes (in the background after a crash).
     */
    @Test
    void underLoadEveryDecisionAnswered201IsFoundByIdAndEverySearchAfterAServerCrash() throws Exception {
        ServeurInfinispan serveur = ServeurInfinispanResource.serveur();
        ChargeDecisions charge = new ChargeDecisions(AccesHttp.serviceDeTest(Duration.ofSeconds(20)),
                new GenerateurDossiers().generer(31, 500, Campagne.ENMR_2014), 8);
        Map<String, Long> sitesAvant = charge.sitesParTableau("ministere");
        charge.demarrer();
        try {
            attendreDesAcquittees(charge, 30, "before the crash");
            charge.periode("serveur arrêté");
            serveur.tuer();
            int avantRedemarrage = charge.acquittees().size();
            Thread.sleep(5_000); // down under load
            charge.periode("serveur en redémarrage");
            serveur.redemarrer();
            charge.periode("serveur redémarré");
            attendreDesAcquittees(charge, charge.acquittees().size() + 30, "after the restart, without restarting the service");
            System.out.println("Server killed under load: " + (charge.acquittees().size() - avantRedemarrage)
                    + " decisions answered 201 from the crash to 30 after the restart");
        } finally {
            charge.arreter();
        }
        System.out.println("Server killed under load: answers by status (0: none) " + charge.statuts());
        assertThat(charge.inattendues()).as("answers other than 201 and 503").isEmpty();
        assertThat(charge.statuts().keySet()).isSubsetOf(0, 201, 503);

        Duration recherches = charge.verifierRecherches("ministere", Duration.ofMinutes(3));
        Duration tableaux = charge.verifierTableaux("ministere", sitesAvant, Duration.ofMinutes(3));
        System.out.println("After the server's restart, " + charge.acquittees().size() + " decisions answered 201 found by id and every search in "
                + recherches.toMillis() + " ms, counted by the dashboards in " + tableaux.toMillis() + " ms more");
    }

    private static void attendreDesAcquittees(ChargeDecisions charge, int nombre, String quand) {
        await(nombre + " decisions answered 201 " + quand).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> charge.acquittees().size() >= nombre);
    }

    /** One attempt; status 0 when the client timed out or lost the connection, which it then retries as a 503. */
    private static Reponse soumettre(String modele, String reference) {
        try {
            Response r = Comptes.agentArs("BRETAGNE").contentType("application/json").header("Idempotency-Key", "cle-" + reference)
                    .body(modele.replace("BRE-2014-0001", reference)).post("/api/decisions");
            return new Reponse(r.statusCode(), r.asString());
        } catch (Exception perdue) { // rest-assured throws the socket's IOException as is
            if (!(perdue instanceof java.io.IOException)) {
                throw perdue;
            }
            return new Reponse(0, null);
        }
    }
}
