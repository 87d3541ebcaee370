package fr.enmr.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.infinispan.commons.api.BasicCache;
import org.infinispan.commons.api.query.Query;
import org.infinispan.commons.api.query.QueryResult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Saves, finds and queries decisions in the {@code decisions} cache. Written against
 * {@link BasicCache} and Ickle queries on indexed fields, so the same code serves both modes.
 */
@ApplicationScoped
public class CacheDecisionStore implements DecisionStore {

    private static final String ENTITE = StoreCache.DECISIONS.entite();

    private final StoreCaches caches;
    private final Syntheses syntheses;

    /** Outside CDI (store tests): the summaries in the same caches. */
    public CacheDecisionStore(StoreCaches caches) {
        this(caches, new Syntheses(caches, new com.fasterxml.jackson.databind.ObjectMapper()));
    }

    @Inject
    public CacheDecisionStore(StoreCaches caches, Syntheses syntheses) {
        this.caches = Objects.requireNonNull(caches, "caches");
        this.syntheses = Objects.requireNonNull(syntheses, "syntheses");
    }

    private BasicCache<String, StoredDecision> cache() {
        return caches.cache(StoreCache.DECISIONS.nom());
    }

    @Override
    public void save(StoredDecision decision) {
        ecrire(decision, cache());
    }

    private void ecrire(StoredDecision decision, BasicCache<String, StoredDecision> cache) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decision.id(), "decision.id");
        try {
            StoreFailures.attempt(() -> cache.put(decision.id(), decision), () -> "Decision " + decision.id() + " could not be stored");
        } catch (StoreUnavailableException e) {
            forgetHalfWritten(decision.id(), e);
            throw e;
        }
    }

    @Override
    public Optional<StoredDecision> saveIfAbsent(StoredDecision decision) {
        Objects.requireNonNull(decision.id(), "decision.id");
        StoredDecision deja = StoreFailures.attempt(() -> caches.<StoredDecision>cacheClesNouvelles(StoreCache.DECISIONS.nom())
                .putIfAbsent(decision.id(), decision), () -> "Decision " + decision.id() + " could not be stored");
        // the Hot Rod client's own retry of a write it had applied finds that write: it is this one
        return Optional.ofNullable(deja).filter(autre -> !autre.equals(decision));
    }

    @Override
    public void save(StoredDecision decision, StoredSummary resume) {
        // a new ULID: no index entry to delete first
        ecrire(decision, StoreFailures.attempt(() -> caches.<StoredDecision>cacheClesNouvelles(StoreCache.DECISIONS.nom()),
                () -> "Decision " + decision.id() + " could not be stored"));
        try {
            syntheses.enregistrer(resume);
        } catch (StoreUnavailableException e) {
            forgetHalfWritten(decision.id(), e);
            throw e;
        }
    }

    @Override
    public Optional<StoredDecision> saveIfAbsent(StoredDecision decision, StoredSummary resume) {
        Optional<StoredDecision> premiere = saveIfAbsent(decision);
        if (premiere.isEmpty()) {
            try {
                syntheses.enregistrer(resume); // safe to repeat: a retry under the same key writes the same summary
            } catch (StoreUnavailableException e) {
                forgetHalfWritten(decision.id(), e);
                throw e;
            }
        }
        return premiere;
    }

    /** A Hot Rod write may time out after the server applied it: the client hears 503, so the decision must not stay. */
    private void forgetHalfWritten(String id, StoreUnavailableException failure) {
        try {
            cache().remove(id);
        } catch (RuntimeException stillUnreachable) {
            failure.addSuppressed(stillUnreachable);
        }
    }

    @Override
    public Optional<StoredDecision> find(String id) {
        Objects.requireNonNull(id, "id");
        return StoreFailures.attempt(() -> Optional.ofNullable(cache().get(id)), () -> "Decision " + id + " could not be read");
    }

    @Override
    public long count() {
        return StoreFailures.attempt(() -> (long) cache().size(), () -> "Decisions could not be counted");
    }

    @Override
    public Page<StoredDecision> search(RechercheDecisions recherche, int page, int taille) {
        if (recherche.dernieresSeulement()) {
            return dernieres(recherche, page, taille);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parametres = new HashMap<>();
        conditionsCommunes(recherche, conditions, parametres);
        String ickle = "FROM " + ENTITE + " d"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY d.horodatage DESC, d.id DESC";
        return StoreFailures.attempt(() -> {
            Query<StoredDecision> query = cache().<StoredDecision>query(ickle)
                    .setParameters(parametres)
                    .startOffset((long) page * taille)
                    .maxResults(taille)
                    .hitCountAccuracy(Integer.MAX_VALUE);
            QueryResult<StoredDecision> result = query.execute();
            return new Page<>(result.list(), result.count().value());
        }, () -> "Decisions could not be queried");
    }

    /**
     * The latest decision of each reference and year matching the filters: read from the summaries the dashboards count
     * (one per reference and year, each naming its decision), so the list shows exactly the decisions behind a figure.
     */
    private Page<StoredDecision> dernieres(RechercheDecisions recherche, int page, int taille) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parametres = new HashMap<>();
        conditionsCommunes(recherche, conditions, parametres);
        condition(conditions, parametres, "annee", recherche.annee());
        // a list field matches when one of its values does
        condition(conditions, parametres, "criteresNonSatisfaits", recherche.critere());
        condition(conditions, parametres, "constats", recherche.constat());
        String ickle = "FROM " + StoreCache.SYNTHESES.entite() + " d"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY d.horodatage DESC";
        return StoreFailures.attempt(() -> {
            QueryResult<StoredSummary> resumes = caches.<StoredSummary>cache(StoreCache.SYNTHESES.nom()).<StoredSummary>query(ickle)
                    .setParameters(parametres)
                    .startOffset((long) page * taille)
                    .maxResults(taille)
                    .hitCountAccuracy(Integer.MAX_VALUE)
                    .execute();
            List<StoredDecision> decisions = new ArrayList<>();
            for (StoredSummary resume : resumes.list()) {
                StoredDecision decision = cache().get(resume.decisionId());
                if (decision != null) {
                    decisions.add(decision);
                }
            }
            return new Page<>(decisions, resumes.count().value());
        }, () -> "Decisions could not be queried");
    }

    @Override
    public Page<StoredDecision> depuis(long horodatage, int page, int taille) {
        String ickle = "FROM " + ENTITE + " d WHERE d.horodatage >= :horodatage ORDER BY d.horodatage ASC, d.id ASC";
        return StoreFailures.attempt(() -> {
            QueryResult<StoredDecision> result = cache().<StoredDecision>query(ickle).setParameter("horodatage", horodatage)
                    .startOffset((long) page * taille).maxResults(taille).hitCountAccuracy(Integer.MAX_VALUE).execute();
            return new Page<>(result.list(), result.count().value());
        }, () -> "Decisions since " + horodatage + " could not be queried");
    }

    /** The filters decisions and summaries share (same field names in both entities). */
    private static void conditionsCommunes(RechercheDecisions recherche, List<String> conditions, Map<String, Object> parametres) {
        partieDeReference(recherche.reference(), conditions);
        partieDeNom(recherche.nom(), conditions);
        condition(conditions, parametres, "region", recherche.region());
        condition(conditions, parametres, "campagne", recherche.campagne());
        condition(conditions, parametres, "eligible", recherche.eligible());
    }

    /**
     * References that contain this text as typed, in capitals or in small letters (an agent types « bre-2014 » for
     * BRE-2014-0001): a wildcard query on the indexed keyword, in both store modes. The text is written as an Ickle
     * literal, its quotes doubled.
     */
    private static void partieDeReference(String partie, List<String> conditions) {
        if (partie == null) {
            return;
        }
        Set<String> formes = new LinkedHashSet<>(List.of(partie, partie.toUpperCase(Locale.ROOT), partie.toLowerCase(Locale.ROOT)));
        conditions.add(formes.stream().map(forme -> "d.reference LIKE '%" + forme.replace("'", "''") + "%'")
                .collect(Collectors.joining(" OR ", "(", ")")));
    }

    /**
     * Structure names that contain this part, both normalised alike (« maison de sante » finds « Maison de santé »): a
     * wildcard query on the indexed keyword, in both store modes. Infinispan's analysers offer no accent folding that
     * works in both modes without a server plug-in, hence a field normalised by the service. The part holds only
     * letters, digits and spaces (NomsDeStructure): nothing to escape, no wildcard of its own.
     */
    private static void partieDeNom(String partie, List<String> conditions) {
        if (partie != null) {
            conditions.add("d.nomStructureNormalise LIKE '%" + partie.replace("'", "''") + "%'");
        }
    }

    private static void condition(List<String> conditions, Map<String, Object> parametres, String champ, Object valeur) {
        if (valeur != null) {
            conditions.add("d." + champ + " = :" + champ);
            parametres.put(champ, valeur);
        }
    }
}
