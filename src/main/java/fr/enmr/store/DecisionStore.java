package fr.enmr.store;

import java.util.Optional;

/**
 * Where decisions are kept once answered. One interface for both modes (embedded Infinispan,
 * remote Infinispan server) so the decision service does not know which one runs.
 */
public interface DecisionStore {

    /**
     * Stores the decision under its id, replacing any decision with the same id (a retry after an
     * unknown outcome is therefore safe). Durable when it returns.
     *
     * @throws StoreUnavailableException when the write cannot be made; then the caller must not
     *         report the decision as stored
     */
    void save(StoredDecision decision);

    /**
     * Stores the decision unless one is stored under its id already: an idempotent submission's
     * decision, which two attempts with the same key may write at once. Durable when it returns.
     *
     * @return the decision stored under that id before, empty if this one was stored
     * @throws StoreUnavailableException when the write cannot be made (it may still have been applied:
     *         a retry under the same id finds it)
     */
    Optional<StoredDecision> saveIfAbsent(StoredDecision decision);

    /**
     * @return the decision stored under this id, or empty if there is none
     * @throws StoreUnavailableException when the store cannot be read
     */
    Optional<StoredDecision> find(String id);

    /**
     * @return how many decisions are stored
     * @throws StoreUnavailableException when the store cannot be read
     */
    long count();

    /**
     * @return the page (0-based) of decisions matching every non-null filter, newest first
     * @throws StoreUnavailableException when the store cannot be queried
     */
    Page<StoredDecision> search(RechercheDecisions recherche, int page, int taille);
}
