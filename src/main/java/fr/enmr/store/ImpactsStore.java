package fr.enmr.store;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.infinispan.commons.api.BasicCache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Impact jobs of rule-set versions in the {@code impacts-regles} cache, seen alike by every instance. A job and its
 * differences are kept for a day: a measure is redone, not archived.
 */
@ApplicationScoped
public class ImpactsStore {

    private static final long DUREE_DE_VIE_HEURES = 24;
    private static final String DIFFERENCES = "/differences";

    private final StoreCaches caches;

    @Inject
    public ImpactsStore(StoreCaches caches) {
        this.caches = Objects.requireNonNull(caches, "caches");
    }

    public void save(StoredImpact impact) {
        StoreFailures.attempt(() -> cache().put(impact.id(), impact, DUREE_DE_VIE_HEURES, TimeUnit.HOURS),
                () -> "Impact job " + impact.id() + " could not be stored");
    }

    public Optional<StoredImpact> find(String id) {
        return StoreFailures.attempt(() -> Optional.ofNullable(cache().get(id)), () -> "Impact job " + id + " could not be read");
    }

    /** Stores a job's differences, before its summary says it is done. */
    public void saveDifferences(String id, String differencesJson) {
        StoredImpact differences = new StoredImpact(id + DIFFERENCES, null, null, null, null, null, null, 0, 0, 0, 0, null, differencesJson, null);
        StoreFailures.attempt(() -> cache().put(differences.id(), differences, DUREE_DE_VIE_HEURES, TimeUnit.HOURS),
                () -> "Differences of impact job " + id + " could not be stored");
    }

    public Optional<String> differences(String id) {
        return StoreFailures.attempt(() -> Optional.ofNullable(cache().get(id + DIFFERENCES)).map(StoredImpact::differencesJson),
                () -> "Differences of impact job " + id + " could not be read");
    }

    private BasicCache<String, StoredImpact> cache() {
        return caches.cache(StoreCache.IMPACTS_REGLES.nom());
    }
}
