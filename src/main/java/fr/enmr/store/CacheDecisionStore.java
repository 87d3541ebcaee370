package fr.enmr.store;

import java.util.Objects;
import java.util.Optional;

import org.infinispan.commons.CacheException;
import org.infinispan.commons.api.BasicCache;

/**
 * Saves and finds decisions in an Infinispan cache. Written against {@link BasicCache} so the same
 * code serves an embedded cache and a remote Hot Rod cache.
 */
final class CacheDecisionStore implements DecisionStore {

    private final BasicCache<String, StoredDecision> cache;

    CacheDecisionStore(BasicCache<String, StoredDecision> cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public void save(StoredDecision decision) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decision.id(), "decision.id");
        try {
            cache.put(decision.id(), decision);
        } catch (CacheException e) { // store, transport and lifecycle failures all extend CacheException
            throw new StoreUnavailableException("Decision " + decision.id() + " could not be stored", e);
        }
    }

    @Override
    public Optional<StoredDecision> find(String id) {
        Objects.requireNonNull(id, "id");
        try {
            return Optional.ofNullable(cache.get(id));
        } catch (CacheException e) {
            throw new StoreUnavailableException("Decision " + id + " could not be read", e);
        }
    }

    @Override
    public long count() {
        try {
            return cache.size();
        } catch (CacheException e) {
            throw new StoreUnavailableException("Decisions could not be counted", e);
        }
    }
}
