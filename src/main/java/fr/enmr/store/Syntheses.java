package fr.enmr.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.infinispan.commons.api.BasicCache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The steering dashboards' data, in two caches. {@code syntheses}: one {@link StoredSummary} per reference, campaign
 * and year, replaced by each newer decision (so a reference decided twice counts once, and writing it again is
 * harmless). {@code agregats-pilotage}: one {@link StoredAggregate} per campaign, year and region, computed by the
 * store's own Ickle aggregations over that region's summaries: counts by code and by rate tenth are grouped by the
 * index; sums go through Infinispan's hybrid (in-store) aggregation, which is too slow over a whole campaign for
 * each request (BENCHMARKS.md), hence recomputed per region only when one of its summaries changed.
 */
@ApplicationScoped
public class Syntheses {

    private static final String RESUME = StoreCache.SYNTHESES.entite();
    private static final String AGREGAT = StoreCache.AGREGATS.entite();
    private static final int ESSAIS = 20;

    private final StoreCaches caches;
    private final ObjectMapper json;
    /** Aggregates to compute again (campagne/annee/region) because a summary of theirs changed through this instance. */
    private final Set<String> aRecalculer = ConcurrentHashMap.newKeySet();
    private final Set<String> enCours = ConcurrentHashMap.newKeySet();
    private final Map<String, Object> verrous = new ConcurrentHashMap<>();

    @Inject
    public Syntheses(StoreCaches caches, ObjectMapper json) {
        this.caches = Objects.requireNonNull(caches, "caches");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** Campaign, year and region of a dashboard; a null one means all. */
    public record Perimetre(String campagne, Integer annee, String region) {
    }

    /**
     * Keeps this summary unless a newer decision of the same reference and year is summarised already
     * (newer: later {@code horodatage}, then greater decision id). Safe to repeat.
     *
     * @throws StoreUnavailableException when it cannot be written
     */
    public void enregistrer(StoredSummary resume) {
        BasicCache<String, StoredSummary> cache = caches.cacheRenvoyantLesValeurs(StoreCache.SYNTHESES.nom());
        BasicCache<String, StoredSummary> nouvelles = caches.cacheClesNouvelles(StoreCache.SYNTHESES.nom());
        StoreFailures.attempt(() -> {
            for (int essai = 0; essai < ESSAIS; essai++) {
                // a new reference (the common case) is written in one operation: no read first
                StoredSummary actuel = nouvelles.putIfAbsent(resume.cle(), resume);
                if (actuel == null) {
                    aRecalculer.add(cleAgregat(resume));
                    return null;
                }
                if (!plusRecent(resume, actuel)) {
                    aRecalculer.add(cleAgregat(resume)); // a repeated write (a retry after a crash) still refreshes its region
                    return null;
                }
                if (cache.replace(resume.cle(), actuel, resume)) {
                    aRecalculer.add(cleAgregat(resume));
                    aRecalculer.add(cleAgregat(actuel)); // a dossier may move to another region
                    return null;
                }
            }
            throw new IllegalStateException("summary " + resume.cle() + " kept changing under " + ESSAIS + " attempts");
        }, () -> "Summary " + resume.cle() + " could not be stored");
    }

    /** @return the summary kept for this reference, campaign and year, if any */
    public java.util.Optional<StoredSummary> resume(String campagne, int annee, String reference) {
        String cle = StoredSummary.cle(campagne, annee, reference);
        return StoreFailures.attempt(() -> java.util.Optional.ofNullable(caches.<StoredSummary>cache(StoreCache.SYNTHESES.nom()).get(cle)),
                () -> "Summary " + cle + " could not be read");
    }

    /** @return the time of the latest decision summarised, if any (a sorted index query: no summary is read but one) */
    public java.util.Optional<Long> dernierHorodatage() {
        return StoreFailures.attempt(() -> caches.<StoredSummary>cache(StoreCache.SYNTHESES.nom())
                .<StoredSummary>query("FROM " + RESUME + " s ORDER BY s.horodatage DESC").maxResults(1).execute().list().stream()
                .findFirst().map(StoredSummary::horodatage), () -> "Summaries could not be queried");
    }

    private static boolean plusRecent(StoredSummary candidat, StoredSummary actuel) {
        return candidat.horodatage() != actuel.horodatage() ? candidat.horodatage() > actuel.horodatage()
                : candidat.decisionId().compareTo(actuel.decisionId()) > 0;
    }

    private static String cleAgregat(StoredSummary resume) {
        return StoredAggregate.cle(resume.campagne(), resume.annee(), resume.region());
    }

    /**
     * Computes again the aggregates whose summaries changed through this instance since the last call, and waits for
     * those being computed by another thread, so that a dashboard asked after a write shows it.
     *
     * @throws StoreUnavailableException when the store cannot be queried (what was not computed is kept for the next call)
     */
    public void recalculer() {
        Set<String> cles = new java.util.TreeSet<>(aRecalculer);
        cles.addAll(enCours);
        for (String cle : cles) {
            calculer(cle, true);
        }
    }

    /**
     * Computes every aggregate again, from the summaries present (at start-up and now and then: summaries written by an
     * instance that stopped before computing their aggregates). Dashboards asked meanwhile do not wait for it.
     */
    public void toutRecalculer() {
        Set<String> cles = new java.util.TreeSet<>();
        for (Object[] campagne : grouper("s.campagne", "", Map.of())) {
            for (Object[] annee : grouper("s.annee", " WHERE s.campagne = :campagne", Map.of("campagne", campagne[0]))) {
                for (Object[] region : grouper("s.region", " WHERE s.campagne = :campagne AND s.annee = :annee",
                        Map.of("campagne", campagne[0], "annee", annee[0]))) {
                    cles.add(StoredAggregate.cle((String) campagne[0], ((Number) annee[0]).intValue(), (String) region[0]));
                }
            }
        }
        agregats(new Perimetre(null, null, null)).forEach(a -> cles.add(a.cle()));
        for (String cle : cles) {
            calculer(cle, false);
        }
    }

    /** One aggregate at a time per key: a computation never overwrites a later one of the same key. */
    private void calculer(String cle, boolean siARecalculer) {
        synchronized (verrous.computeIfAbsent(cle, k -> new Object())) {
            if (siARecalculer && !aRecalculer.contains(cle)) {
                return; // computed meanwhile by another thread
            }
            enCours.add(cle); // before leaving aRecalculer: a key to compute is always in one of the two sets
            aRecalculer.remove(cle);
            try {
                recalculer(cle);
            } catch (RuntimeException e) {
                aRecalculer.add(cle);
                throw e;
            } finally {
                enCours.remove(cle);
            }
        }
    }

    /** Counts by value of one field, grouped by the index (no summary is read). */
    private List<Object[]> grouper(String champ, String conditions, Map<String, Object> parametres) {
        return StoreFailures.attempt(() -> caches.<StoredSummary>cache(StoreCache.SYNTHESES.nom())
                .<Object[]>query("SELECT " + champ + ", COUNT(*) FROM " + RESUME + " s" + conditions + " GROUP BY " + champ)
                .setParameters(parametres).maxResults(10_000).execute().list(), () -> "Summaries could not be counted");
    }

    private void recalculer(String cle) {
        String[] parties = cle.split("/", 3);
        Map<String, Object> parametres = Map.of("campagne", parties[0], "annee", Integer.valueOf(parties[1]), "region", parties[2]);
        String ou = " WHERE s.campagne = :campagne AND s.annee = :annee AND s.region = :region";
        // COUNT(s.cle), not COUNT(*): in a hybrid query of Infinispan 15.0, COUNT(*) comes back as the last column
        List<Object[]> sommes = StoreFailures.attempt(() -> caches.<StoredSummary>cache(StoreCache.SYNTHESES.nom()).<Object[]>query(
                "SELECT s.region, COUNT(s.cle), SUM(s.eligibles), SUM(s.partA), SUM(s.partB), SUM(s.montantModule1), SUM(s.programmes),"
                        + " SUM(s.patients), SUM(s.montantModule2), SUM(s.total), SUM(s.tauxAtteinte) FROM " + RESUME + " s" + ou
                        + " GROUP BY s.region")
                .setParameters(parametres).execute().list(), () -> "Summaries of " + cle + " could not be added up");
        BasicCache<String, StoredAggregate> agregats = caches.cache(StoreCache.AGREGATS.nom());
        if (sommes.isEmpty()) {
            StoreFailures.attempt(() -> agregats.remove(cle), () -> "Aggregate " + cle + " could not be removed");
            return;
        }
        Object[] s = sommes.get(0);
        Map<String, Map<String, Long>> comptes = new LinkedHashMap<>();
        comptes.put("criteresNonSatisfaits", comptes("s.criteresNonSatisfaits", ou, parametres));
        comptes.put("constats", comptes("s.constats", ou, parametres));
        Map<String, Long> tranches = comptes("s.trancheTaux", ou, parametres);
        tranches.remove("-1"); // sites not eligible
        comptes.put("tranchesTaux", tranches);
        StoredAggregate agregat = new StoredAggregate(cle, parties[0], Integer.parseInt(parties[1]), parties[2],
                entier(s[1]), entier(s[2]), entier(s[3]), entier(s[4]), entier(s[5]), entier(s[6]), entier(s[7]), entier(s[8]),
                entier(s[9]), s[10] == null ? 0 : ((Number) s[10]).doubleValue(), ecrire(comptes), System.currentTimeMillis());
        StoreFailures.attempt(() -> agregats.put(cle, agregat), () -> "Aggregate " + cle + " could not be stored");
    }

    private Map<String, Long> comptes(String champ, String conditions, Map<String, Object> parametres) {
        Map<String, Long> comptes = new TreeMap<>();
        for (Object[] ligne : grouper(champ, conditions, parametres)) {
            if (ligne[0] != null) {
                comptes.put(String.valueOf(ligne[0]), entier(ligne[1]));
            }
        }
        return comptes;
    }

    private static long entier(Object valeur) {
        return valeur == null ? 0 : ((Number) valeur).longValue();
    }

    private String ecrire(Object valeur) {
        try {
            return json.writeValueAsString(valeur);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("counts cannot be written as JSON", e);
        }
    }

    /** Counts by code of an aggregate, as written by {@link #recalculer()}. */
    public Map<String, Map<String, Long>> comptes(StoredAggregate agregat) {
        try {
            return json.readValue(agregat.comptesJson(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Map<String, Long>>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("aggregate " + agregat.cle() + " is unreadable", e);
        }
    }

    /**
     * The aggregates of a perimeter (a null filter: all), as last computed (call {@link #recalculer()} first to see this instance's writes).
     *
     * @throws StoreUnavailableException when the store cannot be queried
     */
    public List<StoredAggregate> agregats(Perimetre perimetre) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parametres = new HashMap<>();
        if (perimetre.campagne() != null) {
            conditions.add("a.campagne = :campagne");
            parametres.put("campagne", perimetre.campagne());
        }
        if (perimetre.annee() != null) {
            conditions.add("a.annee = :annee");
            parametres.put("annee", perimetre.annee());
        }
        if (perimetre.region() != null) {
            conditions.add("a.region = :region");
            parametres.put("region", perimetre.region());
        }
        String ickle = "FROM " + AGREGAT + " a" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        return StoreFailures.attempt(() -> caches.<StoredAggregate>cache(StoreCache.AGREGATS.nom()).<StoredAggregate>query(ickle)
                .setParameters(parametres).maxResults(100_000).execute().list(), () -> "Aggregates could not be read");
    }
}
