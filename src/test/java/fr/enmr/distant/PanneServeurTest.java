package fr.enmr.distant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.securite.Comptes;
import fr.enmr.store.ServeurInfinispan;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The Infinispan server is killed (SIGKILL) in the middle of a stream of decision requests and
 * started again: every decision answered 201 is then stored and identical, every other request got
 * a 503 and left nothing stored under its reference, and the service took decisions again without
 * being restarted.
 */
@QuarkusTest
@TestProfile(ModeDistant.class)
class PanneServeurTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Reponse(int statut, String corps) {
    }

    @Test
    void decisionsAnswered201SurviveAServerCrashAndTheServiceRecoversAlone() throws Exception {
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
            Response r = Comptes.agentArs("BRETAGNE").contentType("application/json").body(modele.replace("BRE-2014-0001", references.get(i)))
                    .post("/api/decisions");
            reponses.add(new Reponse(r.statusCode(), r.asString()));
        }

        assertThat(reponses).extracting(Reponse::statut).containsOnly(201, 503);
        assertThat(reponses.subList(50, 90)).extracting(Reponse::statut).as("server down").containsOnly(503);
        assertThat(reponses.subList(0, 50)).extracting(Reponse::statut).as("before the crash").containsOnly(201);
        assertThat(reponses.subList(140, 150)).extracting(Reponse::statut).as("recovered without a restart").containsOnly(201);
        for (int i = 0; i < reponses.size(); i++) {
            Reponse reponse = reponses.get(i);
            JsonNode corps = JSON.readTree(reponse.corps());
            if (reponse.statut() == 503) {
                assertThat(corps.path("status").asInt()).isEqualTo(503);
                assertThat(corps.has("id")).isFalse();
                Comptes.agentArs("BRETAGNE").queryParam("reference", references.get(i)).get("/api/decisions")
                        .then().statusCode(200).body("total", equalTo(0));
            } else {
                String id = corps.path("id").asText();
                JsonNode stocke = JSON.readTree(Comptes.agentArs("BRETAGNE").get("/api/decisions/" + id).then().statusCode(200).extract().asString());
                corps.fieldNames().forEachRemaining(champ -> assertThat(stocke.get(champ)).as(id + " " + champ).isEqualTo(corps.get(champ)));
            }
        }
    }
}
