package fr.enmr.store;

/**
 * The store's caches and the ProtoStream entity each holds. Their server-side definitions are
 * config/infinispan/caches/&lt;nom&gt;.xml; the embedded ones are built from the same facts in EmbeddedCaches.
 * Only the caches the service queries are indexed: an index costs every write and every start-up (issue 27).
 */
public enum StoreCache {
    DECISIONS("decisions", "fr.enmr.store.StoredDecision"),
    SCENARIOS("scenarios", "fr.enmr.store.StoredScenario"),
    SIGNAUX("signaux-instances", "fr.enmr.store.StoredSignal", false),
    IDEMPOTENCE("cles-idempotence", "fr.enmr.store.StoredIdempotencyKey", false),
    VERSIONS_REGLES("versions-regles", "fr.enmr.store.StoredVersion"),
    JOURNAL_REGLES("journal-regles", "fr.enmr.store.StoredEvenementRegles"),
    REGLES_ACTIVES("regles-actives", "fr.enmr.store.StoredActive", false),
    IMPACTS_REGLES("impacts-regles", "fr.enmr.store.StoredImpact", false),
    // steering dashboards: the latest decision of each reference and year, summarised (fr.enmr.pilotage),
    SYNTHESES("syntheses", "fr.enmr.store.StoredSummary"),
    AGREGATS("agregats-pilotage", "fr.enmr.store.StoredAggregate"),
    // the ministry's adopted scenarios: per campaign the one in force and the history (fr.enmr.allocation.adoption)
    ADOPTIONS("adoptions-scenarios", "fr.enmr.store.StoredAdoption");

    private final String nom;
    private final String entite;
    private final boolean indexe;

    StoreCache(String nom, String entite) {
        this(nom, entite, true);
    }

    /** @param indexe false for a cache only read by key (never queried): no Lucene index to write and open */
    StoreCache(String nom, String entite, boolean indexe) {
        this.nom = nom;
        this.entite = entite;
        this.indexe = indexe;
    }

    public String nom() {
        return nom;
    }

    public String entite() {
        return entite;
    }

    /** Whether the cache is indexed: true for the caches the service queries (Ickle), false for those read by key. */
    public boolean indexe() {
        return indexe;
    }
}
