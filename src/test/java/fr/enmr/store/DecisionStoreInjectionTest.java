package fr.enmr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The application gets the embedded store from configuration, under the test profile's directory. */
@QuarkusTest
class DecisionStoreInjectionTest {

    @Inject
    DecisionStore store;

    @Test
    void theConfiguredEmbeddedStoreSavesAndFinds() {
        StoredDecision decision = StoreFixtures.decision(
                "01JD3Z8K6Q6M2W4T5Y7XQUARKUS", "LIM-2014-0009", "LIMOUSIN", true, 1_795_335_302_118L);

        store.save(decision);

        assertEquals(Optional.of(decision), store.find(decision.id()));
        assertTrue(Files.isDirectory(Path.of("target/test-store", StoreCache.DECISIONS.nom(), "data")),
                "the %test profile keeps the store under target/");
    }
}
