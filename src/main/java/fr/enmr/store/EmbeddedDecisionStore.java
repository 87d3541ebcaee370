package fr.enmr.store;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.commons.CacheException;
import org.infinispan.commons.dataconversion.MediaType;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;

/**
 * The decision store inside this JVM: an Infinispan cache manager whose state and soft-index file
 * store live under one directory ({@code enmr.store.chemin}), so a restart finds every decision.
 */
@ApplicationScoped
@Typed(EmbeddedDecisionStore.class) // exposed as DecisionStore only through DecisionStoreProducer
public class EmbeddedDecisionStore implements DecisionStore, AutoCloseable {

    static final String CACHE_NAME = "decisions";

    private final DefaultCacheManager cacheManager;
    private final CacheDecisionStore decisions;

    @Inject
    public EmbeddedDecisionStore(@ConfigProperty(name = "enmr.store.chemin", defaultValue = "data/embedded") String chemin) {
        this(Path.of(chemin));
    }

    /**
     * Opens (or creates) the store under this directory.
     *
     * @throws StoreUnavailableException when the directory cannot hold the store
     */
    public EmbeddedDecisionStore(Path directory) {
        this.cacheManager = new DefaultCacheManager(globalConfiguration(directory).build(), false);
        try {
            cacheManager.defineConfiguration(CACHE_NAME, decisionsCache().build());
            cacheManager.start();
            this.decisions = new CacheDecisionStore(cacheManager.getCache(CACHE_NAME));
        } catch (CacheException e) { // e.g. an unwritable directory: stop what was started, say why
            cacheManager.stop();
            throw new StoreUnavailableException("The decision store cannot be opened under " + directory.toAbsolutePath(), e);
        }
    }

    private static GlobalConfigurationBuilder globalConfiguration(Path directory) {
        GlobalConfigurationBuilder global = new GlobalConfigurationBuilder().nonClusteredDefault();
        global.cacheManagerName("enmr-store");
        global.globalState().enable()
                .persistentLocation(directory.toAbsolutePath().toString());
        global.serialization().addContextInitializer(new DecisionStoreSchemaImpl());
        return global;
    }

    private static ConfigurationBuilder decisionsCache() {
        ConfigurationBuilder cache = new ConfigurationBuilder();
        cache.encoding().mediaType(MediaType.APPLICATION_PROTOSTREAM_TYPE);
        // no explicit locations: the store then lies under the persistent location, in <cache>/data and <cache>/index
        cache.persistence().addSoftIndexFileStore()
                // fsync each put: a decision answered 201 must survive a power loss, not only a killed JVM (≈ 4 ms)
                .syncWrites(true);
        return cache;
    }

    @Override
    public void save(StoredDecision decision) {
        decisions.save(decision);
    }

    @Override
    public Optional<StoredDecision> find(String id) {
        return decisions.find(id);
    }

    @Override
    public long count() {
        return decisions.count();
    }

    @PreDestroy
    @Override
    public void close() {
        cacheManager.stop();
    }
}
