package fr.enmr.allocation.scenario;

import java.util.List;
import java.util.Optional;

import fr.enmr.store.Page;

/**
 * Where scenarios are kept, so that parameters and results survive a restart. One small
 * interface so that the scenario service does not depend on the store's mode.
 */
public interface ScenarioRepository {

    /**
     * Stores the scenario under its id, replacing the previous state.
     *
     * @throws fr.enmr.store.StoreUnavailableException when it cannot be written
     */
    void save(ScenarioEnregistre scenario);

    /**
     * @throws fr.enmr.store.StoreUnavailableException when the store cannot be read
     */
    Optional<ScenarioEnregistre> find(String id);

    /**
     * @return the ids of the scenarios stored as being solved by this instance
     * @throws fr.enmr.store.StoreUnavailableException when the store cannot be queried
     */
    List<String> enCoursSur(String instance);

    /**
     * The stored scenarios, newest first, one page at a time.
     *
     * @param statut only those of this status, or all when null
     * @throws fr.enmr.store.StoreUnavailableException when the store cannot be queried
     */
    Page<ResumeScenario> lister(Statut statut, int page, int taille);
}
