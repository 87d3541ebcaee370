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
     * Stores a new decision (an id never stored before: a new ULID), then what the steering dashboards count of it (the
     * summary of its reference and year, kept only if no newer decision of that reference is summarised). Either both
     * are stored or the decision is not: a decision whose summary cannot be written is removed again and the caller
     * hears the failure. The id being new, its index entry is added without first deleting the id from the index; to
     * replace a stored decision, use {@link #save(StoredDecision)}.
     *
     * @throws StoreUnavailableException when either write cannot be made
     */
    void save(StoredDecision decision, StoredSummary resume);

    /**
     * {@link #saveIfAbsent(StoredDecision)}, then the decision's summary for the steering dashboards when this
     * decision is the one stored; a summary that cannot be written takes the decision back out (as {@link #save(StoredDecision, StoredSummary)}).
     */
    Optional<StoredDecision> saveIfAbsent(StoredDecision decision, StoredSummary resume);

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

    /**
     * @return the page (0-based) of decisions made at or after this time (epoch ms), oldest first
     * @throws StoreUnavailableException when the store cannot be queried
     */
    Page<StoredDecision> depuis(long horodatage, int page, int taille);
}
