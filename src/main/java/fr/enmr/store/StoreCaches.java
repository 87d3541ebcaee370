package fr.enmr.store;

import java.util.Objects;

import org.infinispan.commons.api.BasicCache;

/** Where the store's named caches come from; the stores above it are the same in both modes. */
public interface StoreCaches {

    /**
     * @return the named cache, opened (or created from its definition) on first use
     * @throws StoreUnavailableException when Infinispan cannot be reached or the cache cannot be opened
     */
    <V> BasicCache<String, V> cache(String name);

    /**
     * The named cache whose writes return the previous value, as {@code putIfAbsent} needs to tell who
     * won (a Hot Rod client does not return it unless asked).
     *
     * @throws StoreUnavailableException when Infinispan cannot be reached or the cache cannot be opened
     */
    default <V> BasicCache<String, V> cacheRenvoyantLesValeurs(String name) {
        return cache(name);
    }

    /**
     * The named cache for writing keys that cannot be in it yet (a new ULID, a {@code putIfAbsent}), whose writes return
     * the previous value. Embedded, the index adds the entry without first deleting the key from it
     * ({@code Flag.SKIP_INDEX_CLEANUP}; Lucene's update is a delete and an add). A Hot Rod client has no such flag; asking
     * for the previous value spares the server one of its two deletions (it knows there was none to remove). Never for
     * a key that may be present: its old index entry would stay.
     *
     * @throws StoreUnavailableException when Infinispan cannot be reached or the cache cannot be opened
     */
    default <V> BasicCache<String, V> cacheClesNouvelles(String name) {
        return cacheRenvoyantLesValeurs(name);
    }

    /**
     * Replaces the value of {@code cle} with {@code nouvelle} only if it is still {@code attendue} (a compare-and-set):
     * of several writers that read the same value, exactly one succeeds. Embedded: the cache's own conditional
     * replace, compared on the stored (ProtoStream) form under the key's lock.
     *
     * @return whether this call wrote the value
     * @throws StoreUnavailableException when Infinispan cannot be reached
     */
    default <V> boolean remplacerSi(String name, String cle, V attendue, V nouvelle) {
        Objects.requireNonNull(attendue, "attendue");
        return StoreFailures.attempt(() -> this.<V>cache(name).replace(cle, attendue, nouvelle), () -> "Cache " + name + " could not be written");
    }
}
