package fr.enmr.distant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.emballe.ServiceEmballe;
import fr.enmr.store.ServeurInfinispan;

/**
 * Two instances of the packaged service in remote mode over one Infinispan server: a decision
 * written through one is read, and found by a query, through the other (nothing kept locally).
 */
class DeuxInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENT = "ars-bretagne";
    private static final String MOT_DE_PASSE = "ars-bretagne-enmr";

    @Test
    void aDecisionWrittenThroughOneInstanceIsReadThroughTheOther() throws Exception {
        try (ServeurInfinispan serveur = ServeurInfinispan.demarrer("deux-instances")) {
            Map<String, String> proprietes = new HashMap<>(serveur.configurationService());
            proprietes.put("enmr.echantillons.charger", "false");
            try (ServiceEmballe a = ServiceEmballe.demarrer("instance-a", ServiceEmballe.portLibre(), proprietes);
                    ServiceEmballe b = ServiceEmballe.demarrer("instance-b", ServiceEmballe.portLibre(), proprietes)) {
                String dossier = Files.readString(Path.of("src/test/resources/cas/bases/msp-bretagne-2014.json"))
                        .replace("BRE-2014-0001", "DEUX-INSTANCES-1");

                HttpResponse<String> cree = a.envoyer("POST", "/api/decisions", AGENT, MOT_DE_PASSE, dossier);
                assertThat(cree.statusCode()).isEqualTo(201);
                JsonNode decision = JSON.readTree(cree.body());

                HttpResponse<String> lu = b.envoyer("GET", "/api/decisions/" + decision.path("id").asText(), AGENT, MOT_DE_PASSE, null);
                assertThat(lu.statusCode()).isEqualTo(200);
                JsonNode stocke = JSON.readTree(lu.body());
                decision.fieldNames().forEachRemaining(champ -> assertThat(stocke.get(champ)).as(champ).isEqualTo(decision.get(champ)));

                HttpResponse<String> liste = b.envoyer("GET", "/api/decisions?reference=DEUX-INSTANCES-1", AGENT, MOT_DE_PASSE, null);
                assertThat(JSON.readTree(liste.body()).path("decisions").get(0).path("id")).isEqualTo(decision.path("id"));
            }
        }
    }
}
