package fr.enmr.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Busy threads in the test's JVM, which is the service's: a real loaded machine for the time of a solve, so that the
 * solving thread gets a fraction of the processor and the service itself reports it ({@code resultat.tempsDeCalcul}).
 * Four per processor: the solving thread then gets about a fifth of one, whatever else the machine runs.
 */
final class ProcesseurOccupe implements AutoCloseable {

    private volatile boolean fini;
    private final List<Thread> threads = new ArrayList<>();

    private ProcesseurOccupe() {
        for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
            Thread thread = new Thread(this::calculer, "test-processeur-occupe-" + i);
            thread.setDaemon(true); // never keeps the JVM alive if a test fails before close()
            threads.add(thread);
            thread.start();
        }
    }

    static ProcesseurOccupe demarrer() {
        return new ProcesseurOccupe();
    }

    private void calculer() {
        double x = 1;
        while (!fini) {
            x = Math.sqrt(x + 1); // any work the JIT cannot drop: the loop reads a volatile each turn
        }
    }

    @Override
    public void close() throws InterruptedException {
        fini = true;
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
