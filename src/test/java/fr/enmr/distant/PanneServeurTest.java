package fr.enmr.distant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.infinispan.client.hotrod.RemoteCache;
import org.infinispan.client.hotrod.RemoteCacheManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * exactly one decision per key, stored as answered.
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
