package fr.enmr.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The idempotency keys of submissions, in the {@code cles-idempotence} cache, each kept for
 * {@code enmr.idempotence.duree} (24 h) by Infinispan's own lifespan expiry, embedded or remote alike.
 */
@ApplicationScoped
public class ClesIdempotence {

    private final StoreCaches caches;
    private final Duration duree;

    @Inject
    public ClesIdempotence(StoreCaches caches, @ConfigProperty(name = "enmr.idempotence.duree", defaultValue = "24h") Duration duree) {
        this.caches = caches;
        this.duree = duree;
    }

    /**
     * Records the key unless it is recorded already: of several submissions with the same key, at once
     * or one after another, exactly one records its own and the others get it.
     *
     * @return the key recorded before this one, empty if this one was recorded
     * @throws StoreUnavailableException when it cannot be written (then it may or may not be recorded)
     */
    public Optional<StoredIdempotencyKey> reserver(StoredIdempotencyKey cle) {
        StoredIdempotencyKey deja = StoreFailures.attempt(() -> caches.<StoredIdempotencyKey>cacheRenvoyantLesValeurs(StoreCache.IDEMPOTENCE.nom())
                .putIfAbsent(cle.cle(), cle, duree.toMillis(), TimeUnit.MILLISECONDS), () -> "Idempotency key could not be recorded");
        // the client's own retry of a write it had applied answers that write: it is still ours
        return Optional.ofNullable(deja).filter(autre -> !autre.identifiant().equals(cle.identifiant()));
    }

    /** Forgets a key whose submission was refused (bad input): the client may correct it and send it again under the key. */
    public void oublier(String cle) {
        StoreFailures.attempt(() -> caches.cache(StoreCache.IDEMPOTENCE.nom()).remove(cle), () -> "Idempotency key could not be removed");
    }
}
