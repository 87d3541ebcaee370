package fr.enmr.pilotage;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.enmr.demarrage.Affluence;
import fr.enmr.store.IndexReconstruits;
import fr.enmr.store.Syntheses;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;

/**
 * Keeps the stored aggregates up to date in the background: those whose summaries this instance changed, every
 * {@code enmr.pilotage.intervalle} (so other instances see them without waiting for a dashboard asked here), and all
 * of them at start-up and every {@code enmr.pilotage.recalcul-complet} (summaries written by an instance that
 * stopped before computing its aggregates); at start-up, first the summaries a crash may have left out ({@link RepriseSyntheses}).
 * <p>
 * Under a stream of decisions the changed aggregates are many and each pass is long: the next pass then waits so that
 * the passes take at most a tenth of one core ({@link #PART_MAXIMALE}), leaving the rest to decisions (BENCHMARKS.md).
 * The aggregates are already eventually consistent; they only lag a little more while decisions pour in.
 * <p>
 * None of this is needed to decide: it starts once the service listens (after readiness, not before it), and each pass
 * first lets the requests in flight finish ({@link Affluence}), so that the first minute's decisions do not share the
 * processor with it (docs/benchmarks/historique.md, « Start-up, 2026-12-07 »).
 */
@ApplicationScoped
public class AgregatsAJour {

    private static final Logger LOG = Logger.getLogger(AgregatsAJour.class);
    /** The share of one core the passes over changed aggregates may take at most. */
    static final double PART_MAXIMALE = 0.10;

    private final ScheduledExecutorService calcul = Executors.newSingleThreadScheduledExecutor(tache -> {
        Thread thread = new Thread(tache, "enmr-pilotage-agregats");
        thread.setDaemon(true);
        return thread;
    });

    /** How long a pass waits at most for the requests in flight to end before it runs anyway. */
    private static final Duration CREUX_MAX = Duration.ofSeconds(1);

    private volatile Affluence affluence;

    void auDemarrage(@ObservesAsync HttpServerStart ecoute, Syntheses syntheses, RepriseSyntheses reprise, Affluence affluence,
            @ConfigProperty(name = "enmr.pilotage.intervalle", defaultValue = "2s") Duration intervalle,
            @ConfigProperty(name = "enmr.pilotage.recalcul-complet", defaultValue = "10m") Duration complet) {
        this.affluence = affluence;
        calcul.execute(() -> executer(() -> LOG.debugf("%d decisions summarised again at start-up", reprise.reprendre())));
        calcul.scheduleWithFixedDelay(() -> executer(() -> {
            long debut = System.nanoTime();
            syntheses.toutRecalculer();
            // said once per period: until the first one, at start-up, dashboards may wait for their regions' aggregates
            LOG.infof("Every steering aggregate computed in %d ms", (System.nanoTime() - debut) / 1_000_000);
        }), 0, complet.toMillis(), TimeUnit.MILLISECONDS);
        calcul.schedule(() -> recalculerLesModifies(syntheses, intervalle), intervalle.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A restarted server rebuilt its indexes: aggregates computed while they were incomplete are computed again. */
    void apresReindexation(@ObservesAsync IndexReconstruits reconstruits, Syntheses syntheses) {
        calcul.execute(() -> executer(syntheses::toutRecalculer));
    }

    private void recalculerLesModifies(Syntheses syntheses, Duration intervalle) {
        long debut = System.nanoTime();
        executer(syntheses::recalculer);
        long attente = attente(intervalle, Duration.ofNanos(System.nanoTime() - debut)).toMillis();
        if (!calcul.isShutdown()) {
            calcul.schedule(() -> recalculerLesModifies(syntheses, intervalle), attente, TimeUnit.MILLISECONDS);
        }
    }

    /** The wait before the next pass: the interval, longer when the last pass took more than its share of a core. */
    static Duration attente(Duration intervalle, Duration dureeDuPassage) {
        Duration pourLaPart = Duration.ofNanos((long) (dureeDuPassage.toNanos() * (1 / PART_MAXIMALE - 1)));
        return pourLaPart.compareTo(intervalle) > 0 ? pourLaPart : intervalle;
    }

    private void executer(Runnable calculer) {
        if (affluence != null) { // null until the service listens (a server re-indexed at the service's start)
            affluence.laisserPasser(CREUX_MAX);
        }
        try {
            calculer.run();
        } catch (RuntimeException e) { // the store down: tried again at the next period
            LOG.debug("Steering aggregates not computed now", e);
        }
    }

    void alArret(@Observes ShutdownEvent event) {
        calcul.shutdownNow();
    }
}
