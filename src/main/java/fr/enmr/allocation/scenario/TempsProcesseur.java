package fr.enmr.allocation.scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time of one thread, so that a scenario can tell the time it was given from the time it actually had. */
final class TempsProcesseur {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TempsProcesseur() {
    }

    /** Nanoseconds of CPU the thread used so far; 0 where the JVM cannot measure it. */
    static long duThread(long thread) {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return 0;
        }
        long nanos = THREADS.getThreadCpuTime(thread);
        return Math.max(0, nanos);
    }
}
