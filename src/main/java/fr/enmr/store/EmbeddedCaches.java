package fr.enmr.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.infinispan.Cache;
import org.infinispan.commons.CacheException;
import org.infinispan.commons.api.BasicCache;
import org.infinispan.commons.dataconversion.MediaType;
import org.infinispan.context.Flag;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.cache.IndexStartupMode;
import org.infinispan.configuration.cache.IndexStorage;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.query.Indexer;
import org.infinispan.query.Search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

/**
 * Infinispan inside this JVM: one cache manager whose state, soft-index file stores and Lucene
 * indexes all live under one directory ({@code enmr.store.chemin}), so a restart finds everything.
 */
@ApplicationScoped
@Typed(EmbeddedCaches.class) // exposed as StoreCaches only through StoreCachesProducer
public class EmbeddedCaches implements StoreCaches, AutoCloseable {

    /** Records re-indexed per awaited batch at start-up (well under the indexer's 10,000 in flight). */
    private static final int LOT_REINDEXATION = 2_000;

    /**
     * Written when the store is closed cleanly (its Lucene indexes committed), removed when it is opened: present at
     * start-up, the indexes are those of the records and need no rebuilding (start-up in seconds, not minutes, on
     * 100,000 decisions); absent (a crash, a kill), every index is rebuilt from the file store.
     */
    static final String FERMETURE_PROPRE = "fermeture-propre";
    private static final Logger LOG = Logger.getLogger(EmbeddedCaches.class);

    private final Path directory;
    private final DefaultCacheManager cacheManager;
    private boolean indexReconstruit;

    @Inject
    public EmbeddedCaches(@ConfigProperty(name = "enmr.store.chemin", defaultValue = "data/embedded") String chemin,
            @ConfigProperty(name = "enmr.store.banc-sans-fsync", defaultValue = "false") boolean bancSansFsync) {
        this(Path.of(chemin), !bancSansFsync);
        if (bancSansFsync) {
            LOG.warn("enmr.store.banc-sans-fsync: writes are NOT forced to disk; a decision answered 201 may be lost in a power cut."
                    + " For the HTTP benchmark only (BENCHMARKS.md: what the disk force costs)");
        }
    }

    /**
     * Opens (or creates) the caches under this directory; rebuilds their indexes unless the store was closed cleanly.
     *
     * @throws StoreUnavailableException when the directory cannot hold the store
     */
    public EmbeddedCaches(Path directory) {
        this(directory, true);
    }

    private EmbeddedCaches(Path directory, boolean ecrituresForcees) {
        this.directory = directory;
        this.cacheManager = new DefaultCacheManager(globalConfiguration(directory).build(), false);
        try {
            for (StoreCache cache : StoreCache.values()) {
                cacheManager.defineConfiguration(cache.nom(), persistentCache(cache, ecrituresForcees).build());
            }
            // every cache defined before starts with the manager (defined after, each would start on first use: tried on
            // 2026-11-26, no start-up gain measured, BENCHMARKS.md)
            cacheManager.start(); // its caches create the directory
            // the mark is removed before the store is used: a crash from now on leaves none, and the next open re-indexes
            boolean fermeturePropre = Files.deleteIfExists(directory.resolve(FERMETURE_PROPRE));
            forcer(directory);
            indexReconstruit = !fermeturePropre;
            if (indexReconstruit) {
                for (StoreCache cache : StoreCache.values()) {
                    if (cache.indexe()) {
                        reindex(cacheManager.getCache(cache.nom()));
                    }
                }
            }
        } catch (CacheException | IllegalStateException | IOException e) { // e.g. an unwritable directory: stop what was started, say why
            cacheManager.stop();
            throw new StoreUnavailableException("The store cannot be opened under " + directory.toAbsolutePath(), e);
        }
    }

    /** Whether this open rebuilt the indexes (the store was not closed cleanly, or is new). */
    boolean indexReconstruit() {
        return indexReconstruit;
    }

    @Override
    public <V> BasicCache<String, V> cache(String name) {
        return StoreFailures.attempt(() -> cacheManager.getCache(name), () -> "Cache " + name + " is not available");
    }

    /** Writes that add to the index without first deleting the key from it (Lucene's update is a delete and an add). */
    @Override
    public <V> BasicCache<String, V> cacheClesNouvelles(String name) {
        return StoreFailures.attempt(() -> cacheManager.<String, V>getCache(name).getAdvancedCache().withFlags(Flag.SKIP_INDEX_CLEANUP),
                () -> "Cache " + name + " is not available");
    }

    private static GlobalConfigurationBuilder globalConfiguration(Path directory) {
        GlobalConfigurationBuilder global = new GlobalConfigurationBuilder().nonClusteredDefault();
        global.cacheManagerName("enmr-store");
        global.globalState().enable().persistentLocation(directory.toAbsolutePath().toString());
        global.serialization().addContextInitializer(new StoreSchemaImpl());
        return global;
    }

    private static ConfigurationBuilder persistentCache(StoreCache entite, boolean ecrituresForcees) {
        ConfigurationBuilder cache = new ConfigurationBuilder();
        cache.encoding().mediaType(MediaType.APPLICATION_PROTOSTREAM_TYPE);
        // no explicit locations: data and index then lie under the persistent location, in <cache>/data and <cache>/index
        cache.persistence().addSoftIndexFileStore()
                // fsync each put: a decision answered 201 must survive a power loss, not only a killed JVM (≈ 4 ms)
                // (Infinispan's log appender forces once per batch of the writes queued meanwhile: a group commit)
                .syncWrites(ecrituresForcees);
        if (entite.indexe()) {
            // the Lucene index is not crash-consistent: after a crash it is rebuilt from the file store (see FERMETURE_PROPRE)
            cache.indexing().enable().storage(IndexStorage.FILESYSTEM).startupMode(IndexStartupMode.NONE)
                    .addIndexedEntity(entite.entite());
            EcrivainIndex.regler(cache.indexing().writer());
        }
        return cache;
    }

    /**
     * Rebuilds the index before the store is used, so that queries never miss a stored record after a crash. In batches
     * whose indexing is awaited: Infinispan's whole-cache mass indexer submits every record at once and, past about
     * 10,000 in flight, drops them with ISPN014067 (seen on a store of 100,000 decisions, BENCHMARKS.md).
     */
    private static void reindex(Cache<?, ?> cache) {
        Indexer indexer = Search.getIndexer(cache);
        try {
            indexer.remove().toCompletableFuture().get();
            List<Object> lot = new ArrayList<>(LOT_REINDEXATION);
            for (Object cle : cache.keySet()) {
                lot.add(cle);
                if (lot.size() == LOT_REINDEXATION) {
                    indexer.run(lot.toArray()).toCompletableFuture().get();
                    lot.clear();
                }
            }
            if (!lot.isEmpty()) {
                indexer.run(lot.toArray()).toCompletableFuture().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while indexing " + cache.getName(), e);
        } catch (ExecutionException e) {
            throw new StoreUnavailableException("Cannot index " + cache.getName(), e.getCause());
        }
    }

    @PreDestroy
    @Override
    public void close() {
        if (cacheManager.getStatus().allowInvocations()) {
            cacheManager.stop(); // flushes and commits every index
            try {
                Files.writeString(directory.resolve(FERMETURE_PROPRE), "the indexes were committed when the store was closed\n");
                forcer(directory);
            } catch (IOException e) { // no mark: the next open re-indexes, as after a crash
                LOG.warn("The store was closed, but its clean-close mark could not be written: the next start re-indexes", e);
            }
        }
    }

    /** Makes a file's creation or removal in this directory durable (fsync of the directory). */
    private static void forcer(Path directory) throws IOException {
        try (FileChannel canal = FileChannel.open(directory, StandardOpenOption.READ)) {
            canal.force(true);
        }
    }
}
