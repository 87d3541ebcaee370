package fr.enmr.metriques;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The service's business metrics on /q/metrics (Micrometer, Prometheus format): decisions by campaign, region and
 * outcome; how long the rules take and how long the store takes to keep a decision; refusals by reason; how long
 * scenarios solve and the score they end with. Names and tags are listed in the README (« Operations »).
 */
@ApplicationScoped
public class Metriques {

    private final MeterRegistry registre;
    private final Timer evaluation;
    private final Map<String, AtomicLong> dernierScore = new ConcurrentHashMap<>();

    @Inject
    public Metriques(MeterRegistry registre) {
        this.registre = registre;
        this.evaluation = Timer.builder("enmr.decisions.evaluation")
                .description("Durée de l'évaluation des règles (DMN et constats) pour une décision, dossiers refusés compris")
                .register(registre);
        for (String niveau : new String[] { "hard", "medium", "soft" }) {
            AtomicLong valeur = dernierScore.computeIfAbsent(niveau, n -> new AtomicLong());
            Gauge.builder("enmr.scenarios.score.final", valeur, AtomicLong::get)
                    .description("Score final du dernier scénario terminé : hard = dépassements (places, enveloppe, maximums), "
                            + "medium = places manquantes aux minimums régionaux, soft = valeur des équipes retenues")
                    .tag("niveau", niveau).register(registre);
        }
    }

    /** Times the rules' evaluation of one dossier. */
    public <T> T evaluer(Supplier<T> evaluation) {
        return this.evaluation.record(evaluation);
    }

    /** Times the store write of one decision, tagged with how it went; gives back what the write says (written now or not). */
    public boolean enregistrer(BooleanSupplier ecriture) {
        long debut = System.nanoTime();
        String resultat = "echec";
        try {
            boolean ecrite = ecriture.getAsBoolean();
            resultat = "succes";
            return ecrite;
        } finally {
            Timer.builder("enmr.decisions.enregistrement")
                    .description("Durée de l'écriture d'une décision dans le magasin")
                    .tag("resultat", resultat).register(registre)
                    .record(Duration.ofNanos(System.nanoTime() - debut));
        }
    }

    /** One decision taken and stored. */
    public void decidee(String campagne, String region, boolean eligible) {
        Counter.builder("enmr.decisions").description("Décisions prises et enregistrées")
                .tag("campagne", campagne).tag("region", region).tag("resultat", eligible ? "eligible" : "non_eligible")
                .register(registre).increment();
    }

    /** A request refused with a 4xx; {@code motif} is the problem's title (« Saisie invalide », « Accès refusé »…). */
    public void refus(int statut, String motif) {
        Counter.builder("enmr.refus").description("Requêtes refusées (4xx), par statut et motif")
                .tag("statut", String.valueOf(statut)).tag("motif", motif)
                .register(registre).increment();
    }

    /** A rule-set version made active: by an approval, a rollback or a deployment (enmr_regles_publications_total). */
    public void publication(String action) {
        Counter.builder("enmr.regles.publications").description("Versions des règles rendues actives, par action "
                + "(approbation, reactivation, deploiement)").tag("action", action.toLowerCase(java.util.Locale.ROOT))
                .register(registre).increment();
    }

    /**
     * The number of the rule-set version that decides new dossiers (« v7 » → 7), read from the store when scraped
     * (enmr_regles_version_active); NaN while the store cannot be read.
     */
    public void versionActive(Supplier<Integer> numero) {
        Gauge.builder("enmr.regles.version.active", () -> {
            try {
                return numero.get();
            } catch (RuntimeException magasinIndisponible) {
                return Double.NaN;
            }
        }).description("Numéro de la version des règles active (v7 : 7)").strongReference(true).register(registre);
    }

    /** A scenario that ended (TERMINE, ARRETE, ECHEC): its solving time, and its score kept as the latest. */
    public void scenarioTermine(String statut, double secondes, long hard, long medium, long soft) {
        Timer.builder("enmr.scenarios.resolution").description("Durée de résolution des scénarios d'allocation, par statut final")
                .tag("statut", statut).register(registre)
                .record(Duration.ofMillis(Math.round(secondes * 1000)));
        dernierScore.get("hard").set(hard);
        dernierScore.get("medium").set(medium);
        dernierScore.get("soft").set(soft);
    }
}
