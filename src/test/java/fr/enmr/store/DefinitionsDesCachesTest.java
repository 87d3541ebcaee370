package fr.enmr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.Configuration;
import org.infinispan.configuration.parsing.ParserRegistry;
import org.infinispan.persistence.sifs.configuration.SoftIndexFileStoreConfiguration;
import org.junit.jupiter.api.Test;

/** The server-side cache definitions of config/infinispan/caches: valid, and as durable as the embedded store. */
class DefinitionsDesCachesTest {

    @Test
    void decisionsScenariosIdempotencyKeysAndSummariesAreFsyncedBeforeTheServerConfirmsAWrite() throws Exception {
        for (StoreCache cache : new StoreCache[] {StoreCache.DECISIONS, StoreCache.SCENARIOS, StoreCache.IDEMPOTENCE, StoreCache.SYNTHESES}) {
            Configuration configuration = lire(cache);

            assertThat(configuration.persistence().stores()).as(cache.nom()).singleElement()
                    .isInstanceOfSatisfying(SoftIndexFileStoreConfiguration.class,
                            store -> assertThat(store.data().syncWrites()).as(cache.nom() + " sync-writes").isTrue());
        }
    }

    @Test
    void exactlyTheQueriedCachesIndexTheirEntityWithTheSameWriterSettingsAsTheEmbeddedStore() throws Exception {
        for (StoreCache cache : StoreCache.values()) {
            Configuration configuration = lire(cache);

            assertThat(configuration.indexing().enabled()).as(cache.nom()).isEqualTo(cache.indexe());
            if (cache.indexe()) {
                assertThat(configuration.indexing().indexedEntityTypes()).as(cache.nom()).containsExactly(cache.entite());
                var ecrivain = configuration.indexing().writer();
                assertThat(ecrivain.getQueueCount()).as(cache.nom()).isEqualTo(EcrivainIndex.FILES);
                assertThat(ecrivain.getCommitInterval()).as(cache.nom()).isEqualTo(EcrivainIndex.INTERVALLE_COMMIT_MS);
                assertThat(ecrivain.getRamBufferSize()).as(cache.nom()).isEqualTo(EcrivainIndex.TAMPON_MO);
            }
        }
    }

    @Test
    void onAClusterEveryCacheIsDistributedSynchronouslyOverTwoOwnersAndKeepsItsFileStoreAndIndexing() throws Exception {
        for (StoreCache cache : StoreCache.values()) {
            String xml = DefinitionsCaches.distribuee(Files.readString(Path.of("config/infinispan/caches", cache.nom() + ".xml")), cache.nom(), 2);
            Configuration distribuee = new ParserRegistry().parse(xml).getNamedConfigurationBuilders().get(cache.nom()).build();
            Configuration locale = lire(cache);

            assertThat(distribuee.clustering().cacheMode()).as(cache.nom()).isEqualTo(CacheMode.DIST_SYNC);
            assertThat(distribuee.clustering().hash().numOwners()).as(cache.nom()).isEqualTo(2);
            assertThat(distribuee.persistence().stores()).as(cache.nom()).singleElement()
                    .isInstanceOfSatisfying(SoftIndexFileStoreConfiguration.class, store -> assertThat(store.data().syncWrites())
                            .isEqualTo(((SoftIndexFileStoreConfiguration) locale.persistence().stores().get(0)).data().syncWrites()));
            assertThat(distribuee.indexing().indexedEntityTypes()).as(cache.nom()).isEqualTo(locale.indexing().indexedEntityTypes());
            assertThat(distribuee.indexing().writer()).as(cache.nom()).isEqualTo(locale.indexing().writer());
            assertThat(distribuee.encoding().valueDataType().mediaType()).isEqualTo(locale.encoding().valueDataType().mediaType());
        }
    }

    private static Configuration lire(StoreCache cache) throws Exception {
        String xml = Files.readString(Path.of("config/infinispan/caches", cache.nom() + ".xml"));
        return new ParserRegistry().parse(xml).getNamedConfigurationBuilders().get(cache.nom()).build();
    }
}
