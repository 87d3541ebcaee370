package fr.enmr.allocation.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.infinispan.commons.api.BasicCache;
import org.infinispan.commons.api.query.Query;
import org.infinispan.commons.api.query.QueryResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.store.Page;
import fr.enmr.store.StoreCache;
import fr.enmr.store.StoreCaches;
import fr.enmr.store.StoreFailures;
import fr.enmr.store.StoredScenario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Scenarios in the store's {@code scenarios} cache, embedded or remote alike: the scenario and its
 * progress as JSON, status, instance and date as indexed fields.
 */
@ApplicationScoped
public class ScenariosEnCache implements ScenarioRepository {

    private static final String ENTITE = StoreCache.SCENARIOS.entite();

    private final StoreCaches caches;
    private final ObjectMapper json;

    @Inject
    public ScenariosEnCache(StoreCaches caches, ObjectMapper json) {
        this.caches = caches;
        this.json = json;
    }

    private BasicCache<String, StoredScenario> cache() {
        return caches.cache(StoreCache.SCENARIOS.nom());
    }

    @Override
    public void save(ScenarioEnregistre enregistre) {
        Scenario s = enregistre.scenario();
        StoredScenario stocke = new StoredScenario(s.id(), s.nom(), enregistre.avancement().statut().name(), s.creeLe().toEpochMilli(),
                enregistre.instance(), ecrire(s), ecrire(enregistre.avancement()), enregistre.avancement().score(), s.candidats().size());
        StoreFailures.attempt(() -> cache().put(s.id(), stocke), () -> "Scenario " + s.id() + " could not be stored");
    }

    @Override
    public Optional<ScenarioEnregistre> find(String id) {
        return StoreFailures.attempt(() -> Optional.ofNullable(cache().get(id)), () -> "Scenario " + id + " could not be read")
                .map(this::lire);
    }

    @Override
    public List<String> enCoursSur(String instance) {
        return StoreFailures.attempt(() -> cache().<StoredScenario>query("FROM " + ENTITE + " s WHERE s.statut = :statut AND s.instance = :instance")
                .setParameter("statut", Statut.EN_COURS.name())
                .setParameter("instance", instance)
                .maxResults(10_000)
                .execute().list().stream().map(StoredScenario::id).toList(),
                () -> "Scenarios in progress could not be queried");
    }

    @Override
    public Page<ResumeScenario> lister(Statut statut, int page, int taille) {
        // a projection: the summary's fields only, not the scenario's candidates and progress
        String ickle = "SELECT s.id, s.nom, s.statut, s.creeLe, s.meilleurScore, s.nombreCandidats FROM " + ENTITE + " s"
                + (statut == null ? "" : " WHERE s.statut = :statut")
                + " ORDER BY s.creeLe DESC, s.id DESC";
        return StoreFailures.attempt(() -> {
            Query<Object[]> query = cache().<Object[]>query(ickle)
                    .startOffset((long) page * taille)
                    .maxResults(taille)
                    .hitCountAccuracy(Integer.MAX_VALUE);
            if (statut != null) {
                query.setParameter("statut", statut.name());
            }
            QueryResult<Object[]> result = query.execute();
            return new Page<>(result.list().stream().map(ScenariosEnCache::resume).toList(), result.count().value());
        }, () -> "Scenarios could not be listed");
    }

    private static ResumeScenario resume(Object[] ligne) {
        return new ResumeScenario((String) ligne[0], (String) ligne[1], Statut.valueOf((String) ligne[2]),
                Instant.ofEpochMilli(((Number) ligne[3]).longValue()), (String) ligne[4], ((Number) ligne[5]).intValue());
    }

    private ScenarioEnregistre lire(StoredScenario stocke) {
        try {
            return new ScenarioEnregistre(json.readValue(stocke.scenarioJson(), Scenario.class),
                    json.readValue(stocke.avancementJson(), Avancement.class), stocke.instance());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scenario " + stocke.id() + " is unreadable", e);
        }
    }

    private String ecrire(Object valeur) {
        try {
            return json.writeValueAsString(valeur);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + valeur.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
