package fr.enmr.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The idempotency keys of submissions, in the {@code cles-idempotence} cache, each kept for
 * {@code enmr.idempotence.duree} (24 h) by Infinispan's own lifespan expiry, embedded or remote alike; beside them, the
 * notes that what a key created has been deleted since.
 */
@ApplicationScoped
public class ClesIdempotence {

    /** Where the note of a deletion is kept: no key is recorded under it ("decisions\n…", "scenarios\n…"). */
    private static final String SUPPRESSION = "suppression\n";

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

    /**
     * Notes that what was created under this id has been deleted, for the keys' lifespan: any key that reserved the id was
     * recorded before it, so it expires before the note.
     *
     * @throws StoreUnavailableException when it cannot be written (then it may or may not be noted)
     */
    public void noterSuppression(String identifiant) {
        StoredIdempotencyKey note = new StoredIdempotencyKey(SUPPRESSION + identifiant, "", identifiant, System.currentTimeMillis());
        StoreFailures.attempt(() -> caches.<StoredIdempotencyKey>cache(StoreCache.IDEMPOTENCE.nom())
                .put(note.cle(), note, duree.toMillis(), TimeUnit.MILLISECONDS), () -> "Deletion of " + identifiant + " could not be noted");
    }

    /** @throws StoreUnavailableException when it cannot be read */
    public boolean supprime(String identifiant) {
        return StoreFailures.attempt(() -> caches.cache(StoreCache.IDEMPOTENCE.nom()).containsKey(SUPPRESSION + identifiant),
                () -> "Deletion of " + identifiant + " could not be read");
    }

    /** Forgets a key whose submission was refused (bad input): the client may correct it and send it again under the key. */
    public void oublier(String cle) {
        StoreFailures.attempt(() -> caches.cache(StoreCache.IDEMPOTENCE.nom()).remove(cle), () -> "Idempotency key could not be removed");
    }
}
