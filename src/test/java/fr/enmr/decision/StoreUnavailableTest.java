package fr.enmr.decision;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** When the store cannot take the decision, the ARS gets a 503, never a 201 for something not stored. */
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
        fr.enmr.securite.Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions")
                .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
    }
}
