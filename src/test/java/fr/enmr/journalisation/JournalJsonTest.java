package fr.enmr.journalisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.MDC;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** quarkus.log.console.json=true (the documented switch) turns the console lines into JSON carrying the MDC. */
@QuarkusTest
@TestProfile(JournalJsonTest.JsonActive.class)
class JournalJsonTest {

    public static class JsonActive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json", "true");
        }
    }

    private static List<Handler> gestionnaires(Handler[] racine) {
        List<Handler> tous = new ArrayList<>();
        for (Handler h : racine) {
            tous.add(h);
            if (h instanceof ExtHandler ext) {
                tous.addAll(gestionnaires(ext.getHandlers()));
            }
        }
        return tous;
    }

    @Test
    void consoleLinesAreJsonWithTheUserAndTheDecision() {
        Formatter json = gestionnaires(LogContext.getLogContext().getLogger("").getHandlers()).stream()
                .map(Handler::getFormatter).filter(f -> f != null && f.getClass().getName().contains("Json"))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON formatter on the console"));
        MDC.put(ContexteJournal.UTILISATEUR, "ars-bretagne");
        MDC.put(ContexteJournal.DECISION, "01JD3Z8K6Q6M2W4T5Y7X9A1B2C");
        try {
            ExtLogRecord ligne = new ExtLogRecord(java.util.logging.Level.INFO, "Decision stored", JournalJsonTest.class.getName());
            ligne.setLoggerName("fr.enmr.decision.DecisionService");

            String texte = json.format(ligne);

            assertThat(texte).startsWith("{").contains("\"message\":\"Decision stored\"")
                    .contains("\"utilisateur\":\"ars-bretagne\"", "\"decision\":\"01JD3Z8K6Q6M2W4T5Y7X9A1B2C\"");
        } finally {
            MDC.remove(ContexteJournal.UTILISATEUR);
            MDC.remove(ContexteJournal.DECISION);
        }
    }
}
