package fr.enmr.allocation.rest;

import static org.assertj.core.api.Assertions.assertThat;

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

        JsonPath apres = null;
        for (int essai = 0; essai < 50 && apres == null; essai++) { // the client reconnects by itself within about a second
            var reponse = Comptes.ministere().get(location);
            apres = reponse.statusCode() == 200 ? reponse.jsonPath() : null;
            Thread.sleep(apres == null ? 200 : 0);
        }
        assertThat(apres).isNotNull();
        assertThat(apres.getString("statut")).isEqualTo("TERMINE");
        assertThat(apres.getList("resultat.retenus")).isEqualTo(avant.getList("resultat.retenus"));
        assertThat(apres.getString("score")).isEqualTo(avant.getString("score"));
        assertThat(apres.getInt("parametres.places")).isEqualTo(3);
    }
}
