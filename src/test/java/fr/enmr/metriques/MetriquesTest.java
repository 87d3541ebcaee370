package fr.enmr.metriques;

import static fr.enmr.metriques.MetriquesLues.metriques;
import static fr.enmr.metriques.MetriquesLues.valeur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.decision.Auteur;
import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.decision.DecisionService;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The business metrics an operator scrapes from /q/metrics (issue 15), read as Prometheus text after real requests. */
@QuarkusTest
class MetriquesTest {

    @Test
    void aDecisionIsCountedByCampaignRegionAndOutcomeWithItsEvaluationAndStoreWriteTimed() throws IOException {
        Map<String, String> bretagne = Map.of("campagne", "ENMR_2014", "region", "BRETAGNE", "resultat", "eligible");
        String avant = metriques();

        Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions")
                .then().statusCode(201);

        String apres = metriques();
        assertThat(valeur(apres, "enmr_decisions_total", bretagne)).isEqualTo(valeur(avant, "enmr_decisions_total", bretagne) + 1);
        assertThat(valeur(apres, "enmr_decisions_evaluation_seconds_count", Map.of()))
                .isEqualTo(valeur(avant, "enmr_decisions_evaluation_seconds_count", Map.of()) + 1);
        assertThat(valeur(apres, "enmr_decisions_enregistrement_seconds_count", Map.of("resultat", "succes")))
                .isEqualTo(valeur(avant, "enmr_decisions_enregistrement_seconds_count", Map.of("resultat", "succes")) + 1);
        assertThat(valeur(apres, "enmr_decisions_evaluation_seconds_sum", Map.of())).isPositive();
    }

    @Inject
    DecisionService decisions;

    @Inject
    LecteurDossier lecteur;

    @Test
    void aDecisionThatAnotherAttemptWroteFirstIsNotCountedAgain() throws IOException {
        // a retry racing its first attempt with the same Idempotency-Key: the store keeps the first, this one is not written
        Map<String, String> bretagne = Map.of("campagne", "ENMR_2014", "region", "BRETAGNE", "resultat", "eligible");
        String avant = metriques();

        decisions.decider(lecteur.lire(DecisionApiSuite.exemple1()), new Auteur("ars-bretagne", "BRETAGNE"),
                UlidCreator.getMonotonicUlid().toString(), (decision, resume) -> false);

        assertThat(valeur(metriques(), "enmr_decisions_total", bretagne)).isEqualTo(valeur(avant, "enmr_decisions_total", bretagne));
    }

    @Test
    void refusalsAreCountedByStatusAndReason() throws IOException {
        Map<String, String> saisie = Map.of("statut", "400", "motif", "Saisie invalide");
        Map<String, String> introuvable = Map.of("statut", "404", "motif", "Décision introuvable");
        Map<String, String> region = Map.of("statut", "403", "motif", "Accès refusé");
        String avant = metriques();

        Comptes.agentArs("BRETAGNE").contentType("application/json").body("{\"reference\": \"X\"}").post("/api/decisions").then().statusCode(400);
        Comptes.agentArs("BRETAGNE").get("/api/decisions/01JD3Z8K6Q6M2W4T5Y7X9A1B2C").then().statusCode(404);
        Comptes.agentArs("LORRAINE").contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions").then().statusCode(403);

        String apres = metriques();
        assertThat(valeur(apres, "enmr_refus_total", saisie)).isEqualTo(valeur(avant, "enmr_refus_total", saisie) + 1);
        assertThat(valeur(apres, "enmr_refus_total", introuvable)).isEqualTo(valeur(avant, "enmr_refus_total", introuvable) + 1);
        assertThat(valeur(apres, "enmr_refus_total", region)).isEqualTo(valeur(avant, "enmr_refus_total", region) + 1);
    }

    @Test
    void aSolvedScenarioGivesItsSolvingTimeItsFinalScoreAndOptaPlannersOwnMeters() {
        String scenario = """
                {"nom": "Métriques", "parametres": {"places": 1, "enveloppe": 100000, "dureeMaxSecondes": 1},
                 "candidats": [
                   {"reference": "MET-A", "nom": "MSP A", "region": "BRETAGNE", "cout": 45950.00, "patienteleRetenue": 3350, "rangArs": 1, "eligible": true},
                   {"reference": "MET-B", "region": "CORSE", "cout": 40000.00, "patienteleRetenue": 2000, "eligible": true}]}""";
        double avant = valeur(metriques(), "enmr_scenarios_resolution_seconds_count", Map.of("statut", "TERMINE"));

        String location = Comptes.ministere().contentType("application/json").body(scenario).post("/api/scenarios")
                .then().statusCode(202).extract().header("Location");
        JsonPath fin = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> Comptes.ministere().get(location).then().statusCode(200).extract().jsonPath(),
                        etat -> "TERMINE".equals(etat.getString("statut")));

        String apres = metriques();
        assertThat(valeur(apres, "enmr_scenarios_resolution_seconds_count", Map.of("statut", "TERMINE"))).isEqualTo(avant + 1);
        // « 0hard/0medium/3350soft »-like: the last finished scenario's score, level by level
        String[] niveaux = fin.getString("score").split("/");
        assertThat(valeur(apres, "enmr_scenarios_score_final", Map.of("niveau", "soft")))
                .isEqualTo(Double.parseDouble(niveaux[2].replace("soft", "")));
        assertThat(valeur(apres, "enmr_scenarios_score_final", Map.of("niveau", "hard")))
                .isEqualTo(Double.parseDouble(niveaux[0].replace("hard", "")));
        assertThat(apres).contains("optaplanner_solver_");
    }
}
