package fr.enmr.allocation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import fr.enmr.distant.ModeDistant;
import fr.enmr.distant.ServeurInfinispanResource;
import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The scenario API suite again, with scenarios stored on a real Infinispan server over Hot Rod. */
@QuarkusTest
@TestProfile(ModeDistant.class)
class ScenarioApiDistantTest extends ScenarioApiSuite {

    @Test
    void aFinishedScenarioSurvivesARestartOfTheServer() throws Exception {
        String location = creer(petitScenario(3, 1));
        JsonPath avant = attendreLaFin(location, Duration.ofSeconds(20));

        ServeurInfinispanResource.serveur().tuer();
        ServeurInfinispanResource.serveur().redemarrer();

        // the client reconnects by itself within about a second
        JsonPath apres = await("the scenario read again after the server's restart").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var reponse = Comptes.ministere().get(location);
                    return reponse.statusCode() == 200 ? reponse.jsonPath() : null;
                }, java.util.Objects::nonNull);
        assertThat(apres.getString("statut")).isEqualTo("TERMINE");
        assertThat(apres.getList("resultat.retenus")).isEqualTo(avant.getList("resultat.retenus"));
        assertThat(apres.getString("score")).isEqualTo(avant.getString("score"));
        assertThat(apres.getInt("parametres.places")).isEqualTo(3);
    }
}
