package fr.enmr.distant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.enmr.emballe.ServiceEmballe;
import fr.enmr.store.ServeurInfinispan;

/**
 * The packaged service in remote mode starts while its Infinispan server is down (sample loading
 * on, as by default): not ready, every decision refused with 503; once the server is up, it is ready
 * and takes decisions, without a restart.
 */
class DemarrageSansServeurIT {

    private static final String AGENT = "ars-bretagne";
    private static final String MOT_DE_PASSE = "ars-bretagne-enmr";

    @Test
    void theServiceStartsWithoutItsServerAndTakesDecisionsOnceItIsUp() throws Exception {
        try (ServeurInfinispan serveur = ServeurInfinispan.demarrer("demarrage-sans-serveur")) {
            Map<String, String> proprietes = new HashMap<>(serveur.configurationService());
            proprietes.put("enmr.echantillons.charger", "true");
            proprietes.put("enmr.echantillons.generes", "3");
            serveur.tuer();
            try (ServiceEmballe service = ServiceEmballe.demarrerSansAttendreLeStockage("sans-serveur", ServiceEmballe.portLibre(), proprietes)) {
                String dossier = Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json"))
                        .replace("BRE-2014-0001", "SANS-SERVEUR-1");

                assertThat(service.envoyer("GET", "/q/health/ready", null, null, null).statusCode()).isEqualTo(503);
                HttpResponse<String> refus = service.envoyer("POST", "/api/decisions", AGENT, MOT_DE_PASSE, dossier);
                assertThat(refus.statusCode()).as(refus.body()).isEqualTo(503);
                assertThat(refus.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

                serveur.redemarrer();
                HttpResponse<String> cree = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).pollDelay(Duration.ZERO)
                        .until(() -> service.envoyer("POST", "/api/decisions", AGENT, MOT_DE_PASSE, dossier), r -> r.statusCode() != 503);
                assertThat(cree.statusCode()).as(cree.body()).isEqualTo(201);
                assertThat(service.envoyer("GET", "/q/health/ready", null, null, null).statusCode()).isEqualTo(200);
            }
        }
    }
}
