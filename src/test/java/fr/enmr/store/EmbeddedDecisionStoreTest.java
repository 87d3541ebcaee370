package fr.enmr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDecisionStoreTest {

    @TempDir
    Path directory;

    static StoredDecision decision(String id, String reference, String region, boolean eligible, long horodatage) {
        return new StoredDecision(id, reference, "ENMR_2014", 2014, region, eligible, horodatage,
                "ENMR_2014+sha256:3f2a", null,
                "{\"id\":\"" + id + "\",\"eligible\":" + eligible + ",\"explication\":\"Maison de santé : éligible.\"}",
                "{\"reference\":\"" + reference + "\",\"structure\":{\"nom\":\"MSP de Melgven\"}}");
    }

    @Test
    void aSavedDecisionIsFoundIdentical() {
        StoredDecision bretagne = decision("01JD3Z8K6Q6M2W4T5Y7X9A1B2C", "BRE-2014-0001", "BRETAGNE", true, 1_795_335_302_118L);
        StoredDecision corse = new StoredDecision("01JD3Z8K6Q6M2W4T5Y7X9A1B2D", "COR-2010-0042", "ENMR_2010", 2012, "CORSE",
                false, 1_795_335_999_000L, "ENMR_2010+sha256:77aa", "agent.ars.corse", "{}", "{\"campagne\":\"ENMR_2010\"}");
        try (EmbeddedDecisionStore store = new EmbeddedDecisionStore(directory)) {
            store.save(bretagne);
            store.save(corse);

            assertEquals(Optional.of(bretagne), store.find(bretagne.id()));
            StoredDecision found = store.find(corse.id()).orElseThrow();
            assertEquals(corse, found);
            assertEquals("COR-2010-0042", found.reference());
            assertEquals(2012, found.annee());
            assertEquals(false, found.eligible());
            assertEquals(1_795_335_999_000L, found.horodatage());
            assertEquals("agent.ars.corse", found.auteur());
        }
    }

    @Test
    void anUnknownIdIsNotFound() {
        try (EmbeddedDecisionStore store = new EmbeddedDecisionStore(directory)) {
            store.save(decision("01JD3Z8K6Q6M2W4T5Y7X9A1B2C", "BRE-2014-0001", "BRETAGNE", true, 1L));

            assertEquals(Optional.empty(), store.find("01JD3Z8K6Q6M2W4T5Y7X9ZZZZZ"));
        }
    }

    @Test
    void savingTheSameIdAgainKeepsTheLastDecision() {
        try (EmbeddedDecisionStore store = new EmbeddedDecisionStore(directory)) {
            store.save(decision("A1", "BRE-2014-0001", "BRETAGNE", false, 1L));
            StoredDecision retried = decision("A1", "BRE-2014-0001", "BRETAGNE", true, 2L);
            store.save(retried);

            assertEquals(Optional.of(retried), store.find("A1"));
        }
    }

    @Test
    void decisionsSurviveARestartOnTheSameDirectory() {
        StoredDecision first = decision("01JD3Z8K6Q6M2W4T5Y7X9A1B2C", "BRE-2014-0001", "BRETAGNE", true, 1_795_335_302_118L);
        StoredDecision second = decision("01JD3Z8K6Q6M2W4T5Y7X9A1B2E", "ALS-2014-0007", "ALSACE", false, 1_795_335_302_999L);
        try (EmbeddedDecisionStore store = new EmbeddedDecisionStore(directory)) {
            store.save(first);
            store.save(second);
        }

        try (EmbeddedDecisionStore reopened = new EmbeddedDecisionStore(directory)) {
            assertEquals(Optional.of(first), reopened.find(first.id()));
            assertEquals(Optional.of(second), reopened.find(second.id()));
            assertEquals(Optional.empty(), reopened.find("never-saved"));
        }
        assertTrue(directory.resolve(EmbeddedDecisionStore.CACHE_NAME).resolve("data").toFile().isDirectory(),
                "the file store lies under the configured directory");
    }

    @Test
    void aDirectoryThatCannotHoldTheStoreIsReportedUnavailable() throws Exception {
        Path aFile = Files.writeString(directory.resolve("not-a-directory"), "x");

        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> new EmbeddedDecisionStore(aFile));
        assertTrue(e.getMessage().contains("not-a-directory"), e.getMessage());
    }

    @Test
    void aClosedStoreReportsItselfUnavailable() {
        EmbeddedDecisionStore store = new EmbeddedDecisionStore(directory);
        store.close();

        assertThrows(StoreUnavailableException.class,
                () -> store.save(decision("A1", "BRE-2014-0001", "BRETAGNE", true, 1L)));
        assertThrows(StoreUnavailableException.class, () -> store.find("A1"));
    }
}
