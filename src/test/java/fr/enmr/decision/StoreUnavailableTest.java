package fr.enmr.decision;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * When the store cannot take the decision, the ARS gets a 503, never a 201 for something not stored; and every 503
 * says what failed: storing a decision, reading decisions, a scenario (issue 15).
 */
@QuarkusTest
@TestProfile(StoreUnavailableTest.StoreOnAFile.class)
class StoreUnavailableTest {

    /** A store directory that is a regular file: the store cannot open, like a full or read-only disk. */
    public static class StoreOnAFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("enmr.store.chemin", "pom.xml");
        }
    }

    @Test
    void aDecisionThatCannotBeStoredIs503ProblemJson() throws Exception {
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions")
                .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503))
                .body("title", equalTo("Enregistrement de la décision impossible"))
                .body("detail", equalTo("La décision n'a pas pu être enregistrée durablement ; elle n'est donc pas rendue. Réessayez plus tard."));
    }

    @Test
    void listingDecisionsSaysTheyCouldNotBeReadNotThatADecisionWasNotStored() {
        Comptes.ministere().get("/api/decisions")
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("Lecture des décisions impossible"))
                .body("detail", equalTo("Les décisions enregistrées n'ont pas pu être lues ; rien n'a été modifié. Réessayez plus tard."));
    }

    @Test
    void readingOneDecisionSaysTheDecisionsCouldNotBeRead() {
        Comptes.agentArs("BRETAGNE").get("/api/decisions/01JD3Z8K6Q6M2W4T5Y7X9A1B2C")
                .then().statusCode(503).body("title", equalTo("Lecture des décisions impossible"));
    }

    @Test
    void aScenarioThatCannotBeStoredSaysSoAndThatNothingWasStarted() {
        String scenario = """
                {"nom": "Panne", "parametres": {"places": 1, "enveloppe": 100000},
                 "candidats": [{"reference": "BRE-1", "nom": "MSP", "region": "BRETAGNE", "cout": 45950.00,
                                "patienteleRetenue": 3350, "zoneFragile": false, "rangArs": 1, "eligible": true}]}""";
        Comptes.ministere().contentType("application/json").body(scenario).post("/api/scenarios")
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("Enregistrement du scénario impossible"))
                .body("detail", startsWith("Le scénario n'a pas pu être enregistré ; rien n'a été lancé"));
        Comptes.ministere().get("/api/scenarios")
                .then().statusCode(503).body("title", equalTo("Lecture des scénarios impossible"));
    }

    @Test
    void theDashboardsSayWhatTheyCouldNotRead() {
        Comptes.ministere().get("/api/pilotage")
                .then().statusCode(503).body("title", equalTo("Lecture des tableaux de bord impossible"));
    }
}
