package fr.enmr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Idempotency keys: the first one recorded wins, and Infinispan forgets it at the end of its lifespan. */
class ClesIdempotenceTest {

    @TempDir
    Path repertoire;

    @Test
    void theFirstKeyRecordedWinsUntilItsLifespanEnds() throws Exception {
        try (EmbeddedCaches caches = new EmbeddedCaches(repertoire)) {
            ClesIdempotence cles = new ClesIdempotence(caches, Duration.ofSeconds(1));
            StoredIdempotencyKey premiere = new StoredIdempotencyKey("decisions\nars-bretagne\nk1", "empreinte", "01A", 1L);
            StoredIdempotencyKey seconde = new StoredIdempotencyKey("decisions\nars-bretagne\nk1", "empreinte", "01B", 2L);

            assertThat(cles.reserver(premiere)).isEmpty();
            assertThat(cles.reserver(premiere)).as("the same record again: a client-side retry of its own write").isEmpty();
            assertThat(cles.reserver(seconde)).contains(premiere);

            Thread.sleep(1_500); // time let pass on purpose, not a wait: the lifespan (1 s) must be over

            assertThat(cles.reserver(seconde)).as("expired").isEmpty();
        }
    }
}
