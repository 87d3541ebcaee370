package fr.enmr.decision;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.kogito.dmn.rest.KogitoDMNResult;

import fr.enmr.problem.Probleme;
import fr.enmr.problem.Violation;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Kogito's generated per-model endpoints answer 500 when an evaluation reports errors, which is
 * almost always the client's input (a value outside a declared type). Analysts get a 400 naming
 * the DMN element and the message instead.
 */
public class ErreursDmnFilter {

    @ServerResponseFilter
    public void clientErrors(ContainerResponseContext response) {
        if (response.getStatus() == 500 && response.getEntity() instanceof KogitoDMNResult result) {
            List<Violation> violations = result.getMessages().stream()
                    .filter(m -> m.getSeverity() == DMNMessage.Severity.ERROR)
                    .map(m -> new Violation(m.getSourceId() == null ? "corps" : m.getSourceId(), m.getMessage()))
                    .toList();
            Probleme probleme = violations.isEmpty()
                    ? Probleme.of(400, "Évaluation impossible", "Le modèle DMN n'a pas pu évaluer ces entrées.")
                    : Probleme.saisieInvalide(violations);
            response.setStatus(400);
            response.setEntity(probleme, null, Probleme.MEDIA_TYPE);
        }
    }
}
