package fr.enmr.allocation.solver;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A solve's time counted as processor time of its thread rather than wall-clock time (OptaPlanner's own
 * limits): checked every {@value #CONTROLE_MS} ms, the solve is ended once its thread has had its seconds.
 * Other work in the process (start-up jobs, dashboards, the JIT) or on the machine then lengthens a solve
 * instead of silently shortening its search. A wall-clock limit stays the caller's bound.
 */
public final class BudgetProcesseur implements AutoCloseable {

    static final long CONTROLE_MS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ScheduledExecutorService CHRONOMETRE = Executors.newSingleThreadScheduledExecutor(tache -> {
        Thread thread = new Thread(tache, "enmr-solveur-chronometre");
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledFuture<?> controle;

    private BudgetProcesseur(LongSupplier nanosDuSolve, double secondes, Runnable terminer) {
        long budget = Math.round(secondes * 1e9);
        this.controle = CHRONOMETRE.scheduleWithFixedDelay(() -> {
            if (nanosDuSolve.getAsLong() >= budget) {
                terminer.run();
            }
        }, CONTROLE_MS, CONTROLE_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * @param nanosDuSolve the processor time the solve has had so far, in nanoseconds
     * @param terminer     ends the solve early (e.g. {@code solver::terminateEarly}); may be called more than once
     */
    public static BudgetProcesseur surveiller(LongSupplier nanosDuSolve, double secondes, Runnable terminer) {
        return new BudgetProcesseur(nanosDuSolve, secondes, terminer);
    }

    /** Nanoseconds of CPU this thread has used so far; 0 where the JVM cannot measure it (then only the wall-clock bound ends a solve). */
    public static long duThread(long thread) {
        return THREADS.isThreadCpuTimeSupported() ? Math.max(0, THREADS.getThreadCpuTime(thread)) : 0;
    }

    @Override
    public void close() {
        controle.cancel(false);
    }
}
