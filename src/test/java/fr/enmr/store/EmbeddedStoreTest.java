package fr.enmr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store suite on Infinispan embedded in this JVM, files under a temporary directory. */
class EmbeddedStoreTest extends StoreBehaviourSuite {

    @TempDir
    Path directory;

    private EmbeddedCaches embarque;

    @Override
    StoreCaches ouvrir() {
        embarque = new EmbeddedCaches(directory);
        return embarque;
    }

    @Override
    void fermer() {
        embarque.close();
    }

    @Test
    void theFilesLieUnderTheConfiguredDirectory() {
        store.save(decision("BRE-2014-0001", "BRETAGNE", true, 1));

        assertThat(directory.resolve(StoreCache.DECISIONS.nom()).resolve("data")).isDirectory();
    }

    @Test
    void aDirectoryThatCannotHoldTheStoreIsReportedUnavailable() throws Exception {
        Path aFile = Files.writeString(directory.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> new EmbeddedCaches(aFile)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("not-a-directory");
    }

    @Test
    void aStoreClosedCleanlyOpensWithoutRebuildingItsIndexesAndAnyOtherRebuildsThem() {
        store.save(decision("BRE-1", "BRETAGNE", true, 1L));
        store.save(decision("LOR-1", "LORRAINE", false, 2L));
        assertThat(embarque.indexReconstruit()).as("a new store").isTrue();

        embarque.close();
        assertThat(directory.resolve(EmbeddedCaches.FERMETURE_PROPRE)).exists();
        embarque = new EmbeddedCaches(directory);
        store = new CacheDecisionStore(embarque);

        assertThat(embarque.indexReconstruit()).isFalse();
        assertThat(directory.resolve(EmbeddedCaches.FERMETURE_PROPRE)).as("removed while the store is open").doesNotExist();
        assertThat(store.search(new RechercheDecisions(null, "LORRAINE", null, null), 0, 10).elements())
                .extracting(StoredDecision::reference).containsExactly("LOR-1");
        store.save(decision("ALS-1", "ALSACE", true, 3L));
        assertThat(store.search(new RechercheDecisions(null, null, null, null), 0, 10).total()).isEqualTo(3);
        // after a crash there is no mark: KilledJvmDurabilityTest kills a real JVM and queries through the rebuilt index
    }

    @Test
    void aClosedStoreReportsItselfUnavailable() {
        embarque.close();

        assertThatThrownBy(() -> store.save(decision("BRE-1", "BRETAGNE", true, 1L))).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.find("A1")).isInstanceOf(StoreUnavailableException.class);
        embarque = new EmbeddedCaches(directory); // for fermer()
    }
}
