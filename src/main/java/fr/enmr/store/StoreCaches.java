package fr.enmr.store;

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
}
