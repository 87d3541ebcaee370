package fr.enmr.store;

import java.time.Instant;
import java.util.Optional;

import org.infinispan.commons.api.BasicCache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signals between service instances in the {@code signaux-instances} cache, which every instance
 * sees (embedded or remote alike): what one instance asks or says, the others read.
 */
@ApplicationScoped
public class Signaux {

    private final StoreCaches caches;

    @Inject
    public Signaux(StoreCaches caches) {
        this.caches = caches;
    }

    /** @throws StoreUnavailableException when it cannot be written */
    public void ecrire(String cle, String instance) {
        StoredSignal signal = new StoredSignal(cle, System.currentTimeMillis(), instance);
        StoreFailures.attempt(() -> cache().put(cle, signal), () -> "Signal " + cle + " could not be written");
    }

    /**
     * Writes the signal unless one is there already: of several instances asking at once, exactly one gets true.
     *
     * @throws StoreUnavailableException when it cannot be written
     */
    public boolean reserver(String cle, String instance) {
        StoredSignal signal = new StoredSignal(cle, System.currentTimeMillis(), instance);
        return StoreFailures.attempt(() -> caches.<StoredSignal>cacheRenvoyantLesValeurs(StoreCache.SIGNAUX.nom()).putIfAbsent(cle, signal) == null,
                () -> "Signal " + cle + " could not be written");
    }

    /** @return when it was written, empty if it is not there; @throws StoreUnavailableException when it cannot be read */
    public Optional<Instant> lire(String cle) {
        return StoreFailures.attempt(() -> Optional.ofNullable(cache().get(cle)), () -> "Signal " + cle + " could not be read")
                .map(signal -> Instant.ofEpochMilli(signal.horodatage()));
    }

    /** @throws StoreUnavailableException when it cannot be removed */
    public void effacer(String cle) {
        StoreFailures.attempt(() -> cache().remove(cle), () -> "Signal " + cle + " could not be removed");
    }

    private BasicCache<String, StoredSignal> cache() {
        return caches.cache(StoreCache.SIGNAUX.nom());
    }
}
