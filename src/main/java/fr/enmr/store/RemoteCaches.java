package fr.enmr.store;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.client.hotrod.Flag;
import org.infinispan.client.hotrod.MetadataValue;
import org.infinispan.client.hotrod.RemoteCache;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.protostream.GeneratedSchema;
import org.infinispan.query.remote.client.ProtobufMetadataManagerConstants;
import org.infinispan.commons.api.BasicCache;
import org.infinispan.commons.configuration.StringConfiguration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

/**
 * Caches of an Infinispan server or cluster over Hot Rod, through the Quarkus client
 * ({@code quarkus.infinispan-client.hosts/username/password}). A cache missing on the server is
 * created from its definition in config/infinispan/caches (distributed on a cluster, see DefinitionsCaches);
 * an operator's existing cache is kept as is.
 */
@ApplicationScoped
@Typed(RemoteCaches.class) // exposed as StoreCaches only through StoreCachesProducer
public class RemoteCaches implements StoreCaches {

    private static final GeneratedSchema SCHEMA = new StoreSchemaImpl();

    private final Supplier<RemoteCacheManager> manager;
    private final DefinitionsCaches definitions;
    private final Map<String, BasicCache<String, ?>> opened = new ConcurrentHashMap<>();
    private final RedemarragesServeur redemarrages;

    // Instance: a RemoteCacheManager bean nobody injects directly would be removed at build time
    @Inject
    public RemoteCaches(Instance<RemoteCacheManager> manager,
            @ConfigProperty(name = "enmr.store.cluster.proprietaires") Optional<Integer> proprietaires,
            @ConfigProperty(name = "enmr.store.verification-redemarrage", defaultValue = "5s") Duration verification,
            Event<IndexReconstruits> reconstruits) {
        this((Supplier<RemoteCacheManager>) manager::get, new DefinitionsCaches(proprietaires), () -> reconstruits.fireAsync(new IndexReconstruits()));
        redemarrages.surveiller(verification);
    }

    public RemoteCaches(Supplier<RemoteCacheManager> manager) {
        this(manager, new DefinitionsCaches(Optional.empty()));
    }

    public RemoteCaches(Supplier<RemoteCacheManager> manager, DefinitionsCaches definitions) {
        this(manager, definitions, () -> { });
    }

    private RemoteCaches(Supplier<RemoteCacheManager> manager, DefinitionsCaches definitions, Runnable apresReindexation) {
        this.manager = manager;
        this.definitions = definitions;
        this.redemarrages = new RedemarragesServeur(manager, definitions, apresReindexation);
    }

    @PreDestroy
    void fermer() {
        redemarrages.close();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> BasicCache<String, V> cache(String name) {
        // a failed opening is not remembered: the next call tries again, so the service recovers on its own
        return (BasicCache<String, V>) opened.computeIfAbsent(name, this::open);
    }

    @Override
    public <V> BasicCache<String, V> cacheRenvoyantLesValeurs(String name) {
        return ((RemoteCache<String, V>) this.<V>cache(name)).withFlags(Flag.FORCE_RETURN_VALUE);
    }

    /**
     * Hot Rod's versioned write: the entry's version is read with its value, and the server replaces it only if that
     * version is still the entry's (every write gives the entry a new version, on one server or a cluster's owners).
     */
    @Override
    public <V> boolean remplacerSi(String name, String cle, V attendue, V nouvelle) {
        return StoreFailures.attempt(() -> {
            RemoteCache<String, V> remote = (RemoteCache<String, V>) this.<V>cache(name);
            MetadataValue<V> lue = remote.getWithMetadata(cle);
            return lue != null && attendue.equals(lue.getValue()) && remote.replaceWithVersion(cle, nouvelle, lue.getVersion());
        }, () -> "Remote cache " + name + " could not be written");
    }

    private BasicCache<String, ?> open(String name) {
        return StoreFailures.attempt(() -> {
            RemoteCacheManager remote = manager.get();
            if (registerSchema(remote)) {
                updateIndexSchemas(remote);
            }
            return remote.administration().getOrCreateCache(name, new StringConfiguration(definitions.definition(name)));
        }, () -> "Remote cache " + name + " cannot be opened");
    }

    /**
     * The server must know the ProtoStream schema before it can create an indexed cache of its entities.
     *
     * @return whether this call replaced the schema the server had (a new field, e.g.), false if it had this one
     */
    private static boolean registerSchema(RemoteCacheManager remote) {
        RemoteCache<String, String> schemas = remote.getCache(ProtobufMetadataManagerConstants.PROTOBUF_METADATA_CACHE_NAME);
        String avant = schemas.get(SCHEMA.getProtoFileName());
        boolean remplace = !SCHEMA.getProtoFile().equals(avant);
        if (remplace) {
            schemas.put(SCHEMA.getProtoFileName(), SCHEMA.getProtoFile());
        }
        String errors = schemas.get(SCHEMA.getProtoFileName() + ProtobufMetadataManagerConstants.ERRORS_KEY_SUFFIX);
        if (errors != null) {
            throw new IllegalStateException("The server rejected the schema " + SCHEMA.getProtoFileName() + ": " + errors);
        }
        return remplace && avant != null;
    }

    /**
     * An existing indexed cache keeps indexing with the schema it was created under until told otherwise: after a
     * schema change, each of the store's caches already on the server takes the new one (a newly indexed field is
     * then searchable; entries stored before hold no value for it). Compatible changes only: fields are appended.
     */
    private static void updateIndexSchemas(RemoteCacheManager remote) {
        indexedCachesOnServer(remote).forEach(nom -> remote.administration().updateIndexSchema(nom));
    }

    /** The store's indexed caches that exist on the server (a cache not yet created has no index to update or rebuild). */
    static List<String> indexedCachesOnServer(RemoteCacheManager remote) {
        Set<String> presents = remote.getCacheNames();
        return Arrays.stream(StoreCache.values()).filter(StoreCache::indexe).map(StoreCache::nom).filter(presents::contains).toList();
    }
}
