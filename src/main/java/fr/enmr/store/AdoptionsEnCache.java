package fr.enmr.store;

import java.util.List;
import java.util.Optional;

import org.infinispan.commons.api.BasicCache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The ministry's adoptions in the {@code adoptions-scenarios} cache, embedded or remote alike: per campaign a pointer
 * to the adoption in force, moved only by a compare-and-set (as the active rule-set pointer), and the history of acts.
 */
@ApplicationScoped
public class AdoptionsEnCache {

    private static final String ENTITE = StoreCache.ADOPTIONS.entite();
    private static final int MAX = 1_000;

    private final StoreCaches caches;

    @Inject
    public AdoptionsEnCache(StoreCaches caches) {
        this.caches = caches;
    }

    /** The campaign's adoption in force, empty before the first. @throws StoreUnavailableException */
    public Optional<StoredAdoption> courante(String campagne) {
        return StoreFailures.attempt(() -> Optional.ofNullable(cache().get(StoredAdoption.cleCourante(campagne))),
                () -> "The adoption of campaign " + campagne + " could not be read");
    }

    /**
     * Sets the campaign's first adoption unless one exists: of two adoptions made at once, one wins.
     *
     * @return whether this call wrote it
     * @throws StoreUnavailableException when it cannot be written
     */
    public boolean poser(StoredAdoption courante) {
        return StoreFailures.attempt(() -> caches.<StoredAdoption>cacheRenvoyantLesValeurs(StoreCache.ADOPTIONS.nom())
                .putIfAbsent(courante.cle(), courante) == null, () -> "The adoption of campaign " + courante.campagne() + " could not be written");
    }

    /**
     * Replaces the adoption in force only if it is still {@code remplacee} (compare-and-set, both store modes).
     *
     * @return whether this call replaced it; false when another adoption replaced it first
     */
    public boolean remplacer(StoredAdoption remplacee, StoredAdoption nouvelle) {
        return caches.remplacerSi(StoreCache.ADOPTIONS.nom(), nouvelle.cle(), remplacee, nouvelle);
    }

    /** Stores an act of the history under its id (idempotent). @throws StoreUnavailableException */
    public void historiser(StoredAdoption acte) {
        StoreFailures.attempt(() -> cache().put(acte.cle(), acte), () -> "Adoption " + acte.acte() + " could not be stored");
    }

    /** Every record naming this scenario, pointer and acts, newest first. @throws StoreUnavailableException */
    public List<StoredAdoption> deScenario(String scenario) {
        return StoreFailures.attempt(() -> cache().<StoredAdoption>query("FROM " + ENTITE + " a WHERE a.scenario = :scenario ORDER BY a.le DESC")
                .setParameter("scenario", scenario).maxResults(MAX).execute().list(),
                () -> "The adoptions of scenario " + scenario + " could not be read");
    }

    /** A campaign's acts, newest first (one per adoption: a few a year). @throws StoreUnavailableException */
    public List<StoredAdoption> historique(String campagne) {
        return StoreFailures.attempt(() -> cache().<StoredAdoption>query("FROM " + ENTITE
                        + " a WHERE a.campagne = :campagne AND a.nature = :nature ORDER BY a.le DESC")
                .setParameter("campagne", campagne).setParameter("nature", StoredAdoption.ACTE).maxResults(MAX).execute().list(),
                () -> "The adoptions of campaign " + campagne + " could not be read");
    }

    private BasicCache<String, StoredAdoption> cache() {
        return caches.cache(StoreCache.ADOPTIONS.nom());
    }
}
