package fr.enmr.regles;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.emballe.ServiceEmballe;

/**
 * The packaged service killed (SIGKILL) as soon as an approval has moved the active pointer, whatever the versions' states
 * were written by then: after a restart exactly one version is active, and the versions, the pointer and the journal are
 * all still there. The exact state a crash between the pointer and the states leaves is reproduced in
 * {@link VersionsNommeesTest} (the pointer written alone), with no pause in the service's code.
 */
class PublicationInterrompueIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path store;

    @Test
    void aServiceKilledDuringAnApprovalRestartsWithExactlyOneActiveVersion() throws Exception {
        int port = ServiceEmballe.portLibre();
        Map<String, String> proprietes = new HashMap<>(Map.of("enmr.store.chemin", store.resolve("donnees").toString(),
                "enmr.echantillons.charger", "false"));
        ServiceEmballe premier = ServiceEmballe.demarrer("publication-interrompue", port, proprietes);
        String ancienne = actives(premier).get(0);
        String drl = premier.envoyer("GET", "/api/regles/versions/" + ancienne + "/fichiers/constats.drl", "analyste", "analyste-enmr", null).body();
        HttpResponse<String> cree = premier.envoyer("POST", "/api/regles/versions", "analyste", "analyste-enmr", JSON.writeValueAsString(
                Map.of("base", ancienne, "motif", "essai d'arrêt brutal", "fichiers", Map.of("constats.drl", drl + "\n// essai\n"))));
        assertThat(cree.statusCode()).as(cree.body()).isEqualTo(201);
        String nouvelle = JSON.readTree(cree.body()).path("id").asText();
        assertThat(premier.envoyer("POST", "/api/regles/versions/" + nouvelle + "/soumission", "analyste", "analyste-enmr", null).statusCode())
                .isEqualTo(200);

        CompletableFuture.runAsync(() -> {
            try {
                premier.envoyer("POST", "/api/regles/versions/" + nouvelle + "/approbation", "analyste-2", "analyste-2-enmr", null);
            } catch (Exception tue) {
                // the service is killed before it answers
            }
        });
        // killed the moment a read shows the new version active: the states may or may not be written yet
        await("the new version's pointer written").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> actives(premier), actives -> actives.contains(nouvelle));
        premier.tuer();

        try (ServiceEmballe second = ServiceEmballe.demarrer("publication-interrompue", port, proprietes)) {
            assertThat(actives(second)).containsExactly(nouvelle);
            JsonNode vieille = JSON.readTree(second.envoyer("GET", "/api/regles/versions/" + ancienne, "analyste", "analyste-enmr", null).body());
            assertThat(vieille.path("etat").asText()).isEqualTo("REMPLACEE");
            JsonNode journal = JSON.readTree(second.envoyer("GET", "/api/regles/journal?taille=100", "analyste", "analyste-enmr", null).body());
            assertThat(journal.path("evenements").findValuesAsText("action")).contains("CREEE", "SOUMISE", "IMPORTEE");
            HttpResponse<String> decision = second.envoyer("POST", "/api/decisions", "ars-bretagne", "ars-bretagne-enmr",
                    Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json")));
            assertThat(JSON.readTree(decision.body()).path("version").asText()).isEqualTo(nouvelle);
        }
    }

    private static List<String> actives(ServiceEmballe service) throws Exception {
        HttpResponse<String> liste = service.envoyer("GET", "/api/regles/versions?taille=100", "analyste", "analyste-enmr", null);
        assertThat(liste.statusCode()).as(liste.body()).isEqualTo(200);
        List<String> actives = new java.util.ArrayList<>();
        JSON.readTree(liste.body()).path("versions").forEach(v -> {
            if (v.path("active").asBoolean()) {
                actives.add(v.path("id").asText());
            }
        });
        return actives;
    }
}
