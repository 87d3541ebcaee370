package fr.enmr.journalisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/** Every log line of a request names its user and decision (MDC), which the JSON logs print under "mdc" (issue 15). */
@QuarkusTest
class ContexteJournalTest {

    /** What was logged under fr.enmr while a test ran, with the MDC of each line. */
    static final class Capture extends Handler {
        final List<Map<String, String>> lignes = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                lignes.add(Map.of("message", String.valueOf(ext.getFormattedMessage()),
                        ContexteJournal.UTILISATEUR, String.valueOf(ext.getMdc(ContexteJournal.UTILISATEUR)),
                        ContexteJournal.DECISION, String.valueOf(ext.getMdc(ContexteJournal.DECISION))));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private final Capture capture = new Capture();
    private final Logger journal = Logger.getLogger("fr.enmr");
    private Level niveau;

    @BeforeEach
    void capturer() {
        niveau = journal.getLevel();
        journal.setLevel(Level.FINE); // the decision's own line is DEBUG
        journal.addHandler(capture);
    }

    @AfterEach
    void relacher() {
        journal.removeHandler(capture);
        journal.setLevel(niveau);
    }

    @Test
    void theLinesOfADecisionNameItsUserAndItsId() throws IOException {
        String id = Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions")
                .then().statusCode(201).extract().path("id");

        assertThat(capture.lignes).filteredOn(l -> l.get("message").startsWith("Decision " + id + " stored")).singleElement()
                .satisfies(l -> {
                    assertThat(l).containsEntry(ContexteJournal.UTILISATEUR, "ars-bretagne");
                    assertThat(l).containsEntry(ContexteJournal.DECISION, id);
                });
    }

    @Test
    void readingADecisionNamesItFromItsAddress() throws IOException {
        String id = Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions")
                .then().statusCode(201).extract().path("id");
        capture.lignes.clear();

        Comptes.ministere().accept("application/pdf").get("/api/decisions/{id}", id).then().statusCode(200);

        assertThat(capture.lignes).filteredOn(l -> l.get("message").startsWith("Printable decision " + id)).singleElement()
                .satisfies(l -> {
                    assertThat(l).containsEntry(ContexteJournal.UTILISATEUR, "ministere");
                    assertThat(l).containsEntry(ContexteJournal.DECISION, id);
                });
    }
}
