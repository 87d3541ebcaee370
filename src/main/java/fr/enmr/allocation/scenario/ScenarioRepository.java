package fr.enmr.allocation.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.store.Page;
import fr.enmr.store.ScenariosEnCache;
import fr.enmr.store.StoredScenario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where scenarios are kept, so that parameters and results survive a restart: the scenario and its
 * progress written as JSON in the store's {@code scenarios} cache ({@link ScenariosEnCache}, either mode).
 */
@ApplicationScoped
public class ScenarioRepository {

    private final ScenariosEnCache cache;
    private final ObjectMapper json;

    @Inject
    public ScenarioRepository(ScenariosEnCache cache, ObjectMapper json) {
        this.cache = cache;
        this.json = json;
    }

    /**
     * Stores the scenario under its id, replacing the previous state.
     *
     * @throws fr.enmr.store.StoreUnavailableException when it cannot be written
     */
    public void save(ScenarioEnregistre enregistre) {
        Scenario s = enregistre.scenario();
        cache.save(new StoredScenario(s.id(), s.nom(), enregistre.avancement().statut().name(), s.creeLe().toEpochMilli(),
                enregistre.instance(), ecrire(s), ecrire(enregistre.avancement()), enregistre.avancement().score(), s.candidats().size()));
    }

    /**
     * Removes the scenario for every instance.
     *
     * @throws fr.enmr.store.StoreUnavailableException when it cannot be removed
     */
    public void remove(String id) {
        cache.remove(id);
    }

    /**
     * @throws fr.enmr.store.StoreUnavailableException when the store cannot be read
     */
    public Optional<ScenarioEnregistre> find(String id) {
        return cache.find(id).map(this::lire);
    }

    /**
     * @return the ids of the scenarios stored as being solved by this instance
     * @throws fr.enmr.store.StoreUnavailableException when the store cannot be queried
     */
    public List<String> enCoursSur(String instance) {
        return cache.ids(Statut.EN_COURS.name(), instance);
    }

    /**
     * The stored scenarios, newest first, one page at a time.
     *
     * @param statut only those of this status, or all when null
     * @throws fr.enmr.store.StoreUnavailableException when the store cannot be queried
     */
    public Page<ResumeScenario> lister(Statut statut, int page, int taille) {
        Page<StoredScenario> trouves = cache.lister(statut == null ? null : statut.name(), page, taille);
        return new Page<>(trouves.elements().stream().map(ScenarioRepository::resume).toList(), trouves.total());
    }

    private static ResumeScenario resume(StoredScenario s) {
        return new ResumeScenario(s.id(), s.nom(), Statut.valueOf(s.statut()), Instant.ofEpochMilli(s.creeLe()), s.meilleurScore(), s.nombreCandidats());
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
