package fr.enmr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision acknowledged by {@code save} is still there when its JVM dies the instant after (no shutdown hooks, no close). */
class KilledJvmDurabilityTest {

    static final String SAVED = "SAVED";

    @TempDir
    Path directory;

    @Test
    void anAcknowledgedDecisionSurvivesAKilledJvm() throws Exception {
        Process writer = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                Writer.class.getName(), directory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder log = new StringBuilder();
            while ((line = output.readLine()) != null && !line.equals(SAVED)) {
                log.append(line).append('\n');
            }
            assertEquals(SAVED, line, "the writer JVM did not save:\n" + log);
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer JVM did not stop");
        } finally {
            writer.destroyForcibly();
        }

        try (EmbeddedCaches reopened = new EmbeddedCaches(directory)) {
            assertEquals(Optional.of(Writer.DECISION), new CacheDecisionStore(reopened).find(Writer.DECISION.id()));
            // no clean-close mark after a kill: the indexes are rebuilt, and a query finds the decision
            assertTrue(reopened.indexReconstruit(), "the indexes were not rebuilt after a kill");
            assertEquals(List.of(Writer.DECISION), new CacheDecisionStore(reopened)
                    .search(new RechercheDecisions(Writer.DECISION.reference(), null, null, null), 0, 10).elements());
        }
    }

    /** Runs in the JVM that dies: saves one decision, says so, then halts like a killed process. */
    public static final class Writer {

        static final StoredDecision DECISION = StoreFixtures.decision(
                "01JD3Z8K6Q6M2W4T5Y7X9KILL1", "PIC-2014-0003", "PICARDIE", true, 1_795_335_302_118L);

        public static void main(String[] args) {
            DecisionStore store = new CacheDecisionStore(new EmbeddedCaches(Path.of(args[0])));
            store.save(DECISION);
            System.out.println(SAVED);
            System.out.flush();
            Runtime.getRuntime().halt(137); // at once, like SIGKILL: no close, no shutdown hook, no write-behind flush
        }
    }
}
