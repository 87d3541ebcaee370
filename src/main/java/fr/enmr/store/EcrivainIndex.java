package fr.enmr.store;

import org.infinispan.configuration.cache.IndexWriterConfigurationBuilder;

/**
 * How the Lucene index writer of an indexed embedded cache batches its work; the server's caches say the same in
 * config/infinispan/caches (issue 27, BENCHMARKS.md). Infinispan's defaults (four writer queues per index, a commit
 * each second, a 16 MB buffer) make many small segments on two cores, which Lucene's merges then chew: merges took a
 * quarter of the store's CPU, and half of the service's under HTTP load. Queries do not wait for a commit
 * (near-real-time readers see what the writer holds), and an index not committed when the store stops uncleanly is
 * rebuilt at the next start (EmbeddedCaches.FERMETURE_PROPRE), so a longer interval costs neither freshness nor safety.
 */
final class EcrivainIndex {

    /** One queue: on two cores, more queues only make more, smaller segments. */
    static final int FILES = 1;
    /** A commit every 10 s instead of every second: each commit flushes a segment that merges chew later. */
    static final int INTERVALLE_COMMIT_MS = 10_000;
    /** Documents buffered before a segment is written, in MB (Lucene's default is 16). */
    static final int TAMPON_MO = 64;

    private EcrivainIndex() {
    }

    static void regler(IndexWriterConfigurationBuilder ecrivain) {
        ecrivain.queueCount(FILES).commitInterval(INTERVALLE_COMMIT_MS).ramBufferSize(TAMPON_MO);
    }
}
