package fr.enmr.allocation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** A solve's budget is processor time of its thread: it ends once the thread has had it, not before, and not on other threads' time. */
class BudgetProcesseurTest {

    @Test
    void aBusyThreadIsStoppedOnceItHasHadItsProcessorTime() {
        long thread = Thread.currentThread().getId();
        long debut = BudgetProcesseur.duThread(thread);
        AtomicBoolean termine = new AtomicBoolean();
        long horloge = System.nanoTime();
        try (BudgetProcesseur budget = BudgetProcesseur.surveiller(() -> BudgetProcesseur.duThread(thread) - debut, 0.3, () -> termine.set(true))) {
            long x = 0;
            while (!termine.get() && System.nanoTime() - horloge < 20_000_000_000L) {
                x += System.identityHashCode(budget) % 7; // busy: the thread's own processor time grows
            }
            assertThat(x).isNotNegative();
        }
        double processeur = (BudgetProcesseur.duThread(thread) - debut) / 1e9;

        assertThat(termine).isTrue();
        assertThat(processeur).isGreaterThanOrEqualTo(0.3).isLessThan(2);
    }

    @Test
    void aSleepingThreadSpendsNothingOfItsBudget() throws InterruptedException {
        long thread = Thread.currentThread().getId();
        long debut = BudgetProcesseur.duThread(thread);
        AtomicBoolean termine = new AtomicBoolean();
        try (BudgetProcesseur budget = BudgetProcesseur.surveiller(() -> BudgetProcesseur.duThread(thread) - debut, 0.2, () -> termine.set(true))) {
            Thread.sleep(500); // wall-clock time passes, processor time does not
        }
        assertThat(termine).isFalse();
    }
}
