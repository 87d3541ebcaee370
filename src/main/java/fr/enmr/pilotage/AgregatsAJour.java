package fr.enmr.pilotage;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.enmr.store.Syntheses;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the stored aggregates up to date in the background: those whose summaries this instance changed, every
 * {@code enmr.pilotage.intervalle} (so other instances see them without waiting for a dashboard asked here), and all
 * of them at start-up and every {@code enmr.pilotage.recalcul-complet} (summaries written by an instance that
 * stopped before computing its aggregates); at start-up, first the summaries a crash may have left out ({@link RepriseSyntheses}).
 * <p>
 * Under a stream of decisions the changed aggregates are many and each pass is long: the next pass then waits so that
 * the passes take at most a tenth of one core ({@link #PART_MAXIMALE}), leaving the rest to decisions (BENCHMARKS.md).
 * The aggregates are already eventually consistent; they only lag a little more while decisions pour in.
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

    void auDemarrage(@Observes StartupEvent event, Syntheses syntheses, RepriseSyntheses reprise,
            @ConfigProperty(name = "enmr.pilotage.intervalle", defaultValue = "2s") Duration intervalle,
            @ConfigProperty(name = "enmr.pilotage.recalcul-complet", defaultValue = "10m") Duration complet) {
        calcul.execute(() -> executer(() -> LOG.debugf("%d decisions summarised again at start-up", reprise.reprendre())));
        calcul.scheduleWithFixedDelay(() -> executer(() -> {
            long debut = System.nanoTime();
            syntheses.toutRecalculer();
            // said once per period: until the first one, at start-up, dashboards may wait for their regions' aggregates
            LOG.infof("Every steering aggregate computed in %d ms", (System.nanoTime() - debut) / 1_000_000);
        }), 0, complet.toMillis(), TimeUnit.MILLISECONDS);
        calcul.schedule(() -> recalculerLesModifies(syntheses, intervalle), intervalle.toMillis(), TimeUnit.MILLISECONDS);
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

    private static void executer(Runnable calculer) {
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
