package fr.enmr.distant;

import fr.enmr.dossier.echantillon.Codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.allocation.candidats.CandidatsCsv;
import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.emballe.ServiceEmballe;
import fr.enmr.store.ServeurInfinispan;

/**
 * Two instances of the packaged service in remote mode over one Infinispan server: a decision
 * written through one is read, and found by a query, through the other; a scenario solved by one is
 * stopped through the other, and one deleted through the other is not solved again for a retry with its
 * Idempotency-Key (nothing kept locally).
 */
class DeuxInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENT = "ars-bretagne";
    private static final String MOT_DE_PASSE = "ars-bretagne-enmr";
    private static final String MINISTERE = "ministere";
    private static final String MOT_DE_PASSE_MINISTERE = "ministere-enmr";

    private static ServeurInfinispan serveur;
    private static ServiceEmballe a;
    private static ServiceEmballe b;

    @BeforeAll
    static void deuxInstancesSurUnServeur() throws Exception {
        serveur = ServeurInfinispan.demarrer("deux-instances");
        Map<String, String> proprietes = new HashMap<>(serveur.configurationService());
        proprietes.put("enmr.echantillons.charger", "false");
        a = ServiceEmballe.demarrer("instance-a", ServiceEmballe.portLibre(), proprietes);
        b = ServiceEmballe.demarrer("instance-b", ServiceEmballe.portLibre(), proprietes);
    }

    @AfterAll
    static void arreterTout() throws Exception {
        try (ServeurInfinispan s = serveur; ServiceEmballe premiere = a; ServiceEmballe seconde = b) {
            // closed in reverse order: the instances, then the server
        }
    }

    @Test
    void aDecisionWrittenThroughOneInstanceIsReadThroughTheOther() throws Exception {
        String dossier = Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json"))
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

    @Test
    void aScenarioSolvedByOneInstanceIsStoppedThroughTheOther() throws Exception {
        List<CandidatScenario> candidats = CandidatsCsv.lire(Files.readString(Path.of("config/scenarios/candidats-nationaux-400.csv")), Codes.Region.VALEURS);
        String demande = JSON.writeValueAsString(Map.of("nom", "Arrêté par l'autre instance",
                "parametres", Map.of("dureeMaxSecondes", 120), "candidats", candidats));
        HttpResponse<String> cree = a.envoyer("POST", "/api/scenarios", MINISTERE, MOT_DE_PASSE_MINISTERE, demande);
        assertThat(cree.statusCode()).as(cree.body()).isEqualTo(202);
        String chemin = "/api/scenarios/" + JSON.readTree(cree.body()).path("id").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !JSON.readTree(a.envoyer("GET", chemin, MINISTERE, MOT_DE_PASSE_MINISTERE, null).body()).path("score").isMissingNode());

        HttpResponse<String> arret = b.envoyer("DELETE", chemin, MINISTERE, MOT_DE_PASSE_MINISTERE, null);

        assertThat(arret.statusCode()).as(arret.body()).isEqualTo(200);
        JsonNode arrete = JSON.readTree(arret.body());
        assertThat(arrete.path("statut").asText()).isEqualTo("ARRETE");
        assertThat(arrete.path("resultat").path("retenus").size()).isPositive();
        assertThat(arrete.path("progression").path("secondesEcoulees").asDouble()).isLessThan(60);
        JsonNode vuParA = JSON.readTree(a.envoyer("GET", chemin, MINISTERE, MOT_DE_PASSE_MINISTERE, null).body());
        assertThat(vuParA.path("statut").asText()).isEqualTo("ARRETE");
        assertThat(vuParA.path("resultat")).isEqualTo(arrete.path("resultat"));
    }

    @Test
    void aScenarioIsRenamedAndDeletedThroughOneInstanceForTheOther() throws Exception {
        String demande = JSON.writeValueAsString(Map.of("nom", "À supprimer par l'autre instance",
                "parametres", Map.of("dureeMaxSecondes", 120), "candidats",
                CandidatsCsv.lire(Files.readString(Path.of("config/scenarios/candidats-nationaux-400.csv")), Codes.Region.VALEURS)));
        Map<String, String> cle = Map.of("Idempotency-Key", "deux-instances-supprime");
        HttpResponse<String> cree = a.envoyer("POST", "/api/scenarios", MINISTERE, MOT_DE_PASSE_MINISTERE, demande, cle, Duration.ofSeconds(30));
        assertThat(cree.statusCode()).as(cree.body()).isEqualTo(202);
        String chemin = "/api/scenarios/" + JSON.readTree(cree.body()).path("id").asText();

        // solved by A: B neither renames nor deletes it, and says why
        HttpResponse<String> renommage = b.envoyer("PATCH", chemin, MINISTERE, MOT_DE_PASSE_MINISTERE, "{\"nom\": \"Autre nom\"}");
        assertThat(renommage.statusCode()).as(renommage.body()).isEqualTo(409);
        HttpResponse<String> refus = b.envoyer("DELETE", chemin + "?supprimer=true", MINISTERE, MOT_DE_PASSE_MINISTERE, null);
        assertThat(refus.statusCode()).as(refus.body()).isEqualTo(409);
        assertThat(JSON.readTree(refus.body()).path("detail").asText()).contains("en cours de résolution");
        assertThat(b.envoyer("DELETE", chemin, MINISTERE, MOT_DE_PASSE_MINISTERE, null).statusCode()).isEqualTo(200); // stopped through B

        renommage = b.envoyer("PATCH", chemin, MINISTERE, MOT_DE_PASSE_MINISTERE, "{\"nom\": \"Renommé par B\"}");
        assertThat(renommage.statusCode()).as(renommage.body()).isEqualTo(200);
        assertThat(JSON.readTree(a.envoyer("GET", chemin, MINISTERE, MOT_DE_PASSE_MINISTERE, null).body()).path("nom").asText())
                .isEqualTo("Renommé par B");

        HttpResponse<String> suppression = b.envoyer("DELETE", chemin + "?supprimer=true", MINISTERE, MOT_DE_PASSE_MINISTERE, null);

        assertThat(suppression.statusCode()).as(suppression.body()).isEqualTo(204);
        assertThat(a.envoyer("GET", chemin, MINISTERE, MOT_DE_PASSE_MINISTERE, null).statusCode()).isEqualTo(404);
        String id = chemin.substring(chemin.lastIndexOf('/') + 1);
        assertThat(a.envoyer("GET", "/api/scenarios?taille=100", MINISTERE, MOT_DE_PASSE_MINISTERE, null).body()).doesNotContain(id);
        assertThat(a.envoyer("DELETE", chemin + "?supprimer=true", MINISTERE, MOT_DE_PASSE_MINISTERE, null).statusCode()).isEqualTo(404);

        // the deletion B made is in the store: A, which created it, does not solve it again for a retry with its key
        HttpResponse<String> reessai = a.envoyer("POST", "/api/scenarios", MINISTERE, MOT_DE_PASSE_MINISTERE, demande, cle, Duration.ofSeconds(30));
        assertThat(reessai.statusCode()).as(reessai.body()).isEqualTo(410);
        assertThat(a.envoyer("GET", chemin, MINISTERE, MOT_DE_PASSE_MINISTERE, null).statusCode()).isEqualTo(404);
    }
}
