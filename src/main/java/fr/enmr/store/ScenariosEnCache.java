package fr.enmr.store;

import java.util.List;
import java.util.Optional;

import org.infinispan.commons.api.BasicCache;
import org.infinispan.commons.api.query.Query;
import org.infinispan.commons.api.query.QueryResult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Scenarios in the store's {@code scenarios} cache, embedded or remote alike: what the allocation package
 * writes as JSON, with status, instance and date as indexed fields.
 */
@ApplicationScoped
public class ScenariosEnCache {

    private static final String ENTITE = StoreCache.SCENARIOS.entite();

    private final StoreCaches caches;

    @Inject
    public ScenariosEnCache(StoreCaches caches) {
        this.caches = caches;
    }

    private BasicCache<String, StoredScenario> cache() {
        return caches.cache(StoreCache.SCENARIOS.nom());
    }

    /**
     * Stores the scenario under its id, replacing the previous state.
     *
     * @throws StoreUnavailableException when it cannot be written
     */
    public void save(StoredScenario scenario) {
        StoreFailures.attempt(() -> cache().put(scenario.id(), scenario), () -> "Scenario " + scenario.id() + " could not be stored");
    }

    /**
     * Removes the scenario from the cache every instance reads (a remote cache: from the server, index included).
     *
     * @throws StoreUnavailableException when it cannot be removed (it may still have been)
     */
    public void remove(String id) {
        StoreFailures.attempt(() -> cache().remove(id), () -> "Scenario " + id + " could not be removed");
    }

    /** @throws StoreUnavailableException when the store cannot be read */
    public Optional<StoredScenario> find(String id) {
        return StoreFailures.attempt(() -> Optional.ofNullable(cache().get(id)), () -> "Scenario " + id + " could not be read");
    }

    /**
     * @return the ids of the scenarios stored with this status and instance
     * @throws StoreUnavailableException when the store cannot be queried
     */
    public List<String> ids(String statut, String instance) {
        return StoreFailures.attempt(() -> cache().<StoredScenario>query("FROM " + ENTITE + " s WHERE s.statut = :statut AND s.instance = :instance")
                .setParameter("statut", statut)
                .setParameter("instance", instance)
                .maxResults(10_000)
                .execute().list().stream().map(StoredScenario::id).toList(),
                () -> "Scenarios in progress could not be queried");
    }

    /**
     * The stored scenarios, newest first, one page at a time: a projection of the fields a list shows, so the
     * scenarios' JSON ({@code scenarioJson}, {@code avancementJson}) and {@code instance} are null.
     *
     * @param statut only those of this status, or all when null
     * @throws StoreUnavailableException when the store cannot be queried
     */
    public Page<StoredScenario> lister(String statut, int page, int taille) {
        String ickle = "SELECT s.id, s.nom, s.statut, s.creeLe, s.meilleurScore, s.nombreCandidats FROM " + ENTITE + " s"
                + (statut == null ? "" : " WHERE s.statut = :statut")
                + " ORDER BY s.creeLe DESC, s.id DESC";
        return StoreFailures.attempt(() -> {
            Query<Object[]> query = cache().<Object[]>query(ickle)
                    .startOffset((long) page * taille)
                    .maxResults(taille)
                    .hitCountAccuracy(Integer.MAX_VALUE);
            if (statut != null) {
                query.setParameter("statut", statut);
            }
            QueryResult<Object[]> result = query.execute();
            return new Page<>(result.list().stream().map(ScenariosEnCache::resume).toList(), result.count().value());
        }, () -> "Scenarios could not be listed");
    }

    private static StoredScenario resume(Object[] ligne) {
        return new StoredScenario((String) ligne[0], (String) ligne[1], (String) ligne[2], ((Number) ligne[3]).longValue(), null, null, null,
                (String) ligne[4], ((Number) ligne[5]).intValue());
    }
}
