package fr.enmr.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.infinispan.commons.api.BasicCache;
import org.infinispan.commons.api.query.QueryResult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rule-set versions, their journal and the active pointer in the {@code versions-regles}, {@code journal-regles} and
 * {@code regles-actives} caches; written against {@link BasicCache}, so the same code serves both modes.
 */
@ApplicationScoped
public class VersionsReglesStore {

    /** The one key of the active pointer. */
    public static final String CLE_ACTIVE = "regles";

    private final StoreCaches caches;

    @Inject
    public VersionsReglesStore(StoreCaches caches) {
        this.caches = Objects.requireNonNull(caches, "caches");
    }

    /** Stores the version under its id, replacing the one stored (idempotent). @throws StoreUnavailableException */
    public void save(StoredVersion version) {
        StoreFailures.attempt(() -> versions().put(version.id(), version), () -> "Rule-set version " + version.id() + " could not be stored");
    }

    /** @throws StoreUnavailableException when the store cannot be read */
    public Optional<StoredVersion> find(String id) {
        return StoreFailures.attempt(() -> Optional.ofNullable(versions().get(id)), () -> "Rule-set version " + id + " could not be read");
    }

    /** The page (0-based) of versions with this stored state and fingerprint (each when not null), newest first. */
    public Page<StoredVersion> search(String etat, String empreinte, int page, int taille) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parametres = new HashMap<>();
        if (etat != null) {
            conditions.add("v.etat = :etat");
            parametres.put("etat", etat);
        }
        if (empreinte != null) {
            conditions.add("v.empreinte = :empreinte");
            parametres.put("empreinte", empreinte);
        }
        String ickle = "FROM " + StoreCache.VERSIONS_REGLES.entite() + " v"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY v.creeLe DESC, v.id DESC";
        return StoreFailures.attempt(() -> {
            QueryResult<StoredVersion> result = versions().<StoredVersion>query(ickle).setParameters(parametres)
                    .startOffset((long) page * taille).maxResults(taille).hitCountAccuracy(Integer.MAX_VALUE).execute();
            return new Page<>(result.list(), result.count().value());
        }, () -> "Rule-set versions could not be queried");
    }

    /** Every version, newest first (a few hundred at most: each is a deliberate analyst's act). */
    public List<StoredVersion> all() {
        List<StoredVersion> toutes = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<StoredVersion> lot = search(null, null, page, 200);
            toutes.addAll(lot.elements());
            if (lot.elements().size() < 200) {
                return toutes;
            }
        }
    }

    /**
     * Every version's id in the order they were created (ULIDs sort by creation time, on every instance): a version's
     * number is its rank here, derived from the store alone. Ids only, a thousand at a time.
     */
    public List<String> idsParCreation() {
        String ickle = "SELECT v.id FROM " + StoreCache.VERSIONS_REGLES.entite() + " v ORDER BY v.id ASC";
        return StoreFailures.attempt(() -> {
            List<String> ids = new ArrayList<>();
            for (int debut = 0;; debut += 1000) {
                List<Object[]> lot = versions().<Object[]>query(ickle).startOffset(debut).maxResults(1000).execute().list();
                lot.forEach(ligne -> ids.add((String) ligne[0]));
                if (lot.size() < 1000) {
                    return ids;
                }
            }
        }, () -> "Rule-set versions could not be numbered");
    }

    /** @throws StoreUnavailableException when it cannot be written */
    public void journaliser(StoredEvenementRegles evenement) {
        StoreFailures.attempt(() -> journal().put(evenement.id(), evenement), () -> "Journal entry " + evenement.id() + " could not be stored");
    }

    /** The journal's page (0-based), newest first; only this version's entries when {@code version} is not null. */
    public Page<StoredEvenementRegles> journal(String version, int page, int taille) {
        String ickle = "FROM " + StoreCache.JOURNAL_REGLES.entite() + " e" + (version == null ? "" : " WHERE e.version = :version")
                + " ORDER BY e.horodatage DESC, e.id DESC";
        return StoreFailures.attempt(() -> {
            var query = journal().<StoredEvenementRegles>query(ickle);
            if (version != null) {
                query.setParameter("version", version);
            }
            QueryResult<StoredEvenementRegles> result = query.startOffset((long) page * taille).maxResults(taille)
                    .hitCountAccuracy(Integer.MAX_VALUE).execute();
            return new Page<>(result.list(), result.count().value());
        }, () -> "The rule-set journal could not be queried");
    }

    /** The active pointer, empty before the first version is published. @throws StoreUnavailableException */
    public Optional<StoredActive> active() {
        return StoreFailures.attempt(() -> Optional.ofNullable(actives().get(CLE_ACTIVE)), () -> "The active rule-set pointer could not be read");
    }

    /**
     * Points at another version, in one conditional write: the moment a publication or a rollback happens. The pointer
     * is replaced only if it is still {@code remplace} (compare-and-set, both store modes): of two publications that
     * read the same pointer, one wins and the other changes nothing.
     *
     * @return whether the pointer now names {@code active}; false when another publication replaced it first
     */
    public boolean activer(StoredActive remplace, StoredActive active) {
        return caches.remplacerSi(StoreCache.REGLES_ACTIVES.nom(), CLE_ACTIVE, remplace, active);
    }

    /** Points at this version unless a pointer exists: of several instances starting at once on an empty store, one wins. */
    public boolean activerSiAucune(StoredActive active) {
        return StoreFailures.attempt(() -> caches.<StoredActive>cacheRenvoyantLesValeurs(StoreCache.REGLES_ACTIVES.nom())
                .putIfAbsent(CLE_ACTIVE, active) == null, () -> "The active rule-set pointer could not be written");
    }

    private BasicCache<String, StoredVersion> versions() {
        return caches.cache(StoreCache.VERSIONS_REGLES.nom());
    }

    private BasicCache<String, StoredEvenementRegles> journal() {
        return caches.cache(StoreCache.JOURNAL_REGLES.nom());
    }

    private BasicCache<String, StoredActive> actives() {
        return caches.cache(StoreCache.REGLES_ACTIVES.nom());
    }
}
