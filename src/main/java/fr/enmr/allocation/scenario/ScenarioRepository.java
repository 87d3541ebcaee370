package fr.enmr.allocation.scenario;

import java.time.Instant;
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

    /**
     * Asks the instance solving this scenario to stop it, wherever it runs.
     *
     * @throws fr.enmr.store.StoreUnavailableException when the request cannot be written
     */
    void demanderArret(String id, String parInstance);

    /**
     * @return whether a stop of this scenario was asked through any instance
     * @throws fr.enmr.store.StoreUnavailableException when the store cannot be read
     */
    boolean arretDemande(String id);

    /** Forgets the stop request of an ended scenario (best effort: a leftover one is harmless). */
    void oublierArret(String id);

    /**
     * This instance, solving scenarios, says it is alive, so that no other instance takes them for abandoned.
     *
     * @throws fr.enmr.store.StoreUnavailableException when it cannot be written
     */
    void signalerVie(String instance);

    /**
     * @return when this instance last said it was alive, empty if it never did
     * @throws fr.enmr.store.StoreUnavailableException when the store cannot be read
     */
    Optional<Instant> derniereVie(String instance);
}
