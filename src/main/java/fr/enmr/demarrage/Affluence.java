package fr.enmr.demarrage;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The HTTP requests being served now, so that background work (the steering aggregates brought up to date after
 * start-up) steps aside while requests are in flight instead of taking a core from them: on these 2-core machines the
 * first decisions after readiness would otherwise share the processor with it (docs/benchmarks/historique.md,
 * « Start-up, 2026-12-07 »). Counted for every route, from the request's arrival to the end of its answer.
 */
@ApplicationScoped
public class Affluence {

    private static final long PAUSE_MS = 10;

    private final AtomicInteger enCours = new AtomicInteger();

    void compter(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            enCours.incrementAndGet();
            ctx.addEndHandler(fin -> enCours.decrementAndGet());
            ctx.next();
        });
    }

    /** Requests in flight now. */
    public int enCours() {
        return enCours.get();
    }

    /**
     * Waits while requests are in flight, at most {@code auPlus}: background work calls it between two short steps.
     * Bounded, so that a steady stream of requests slows the background work down without stopping it.
     */
    public void laisserPasser(Duration auPlus) {
        long fin = System.nanoTime() + auPlus.toNanos();
        while (enCours.get() > 0 && System.nanoTime() < fin) {
            try {
                Thread.sleep(PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
