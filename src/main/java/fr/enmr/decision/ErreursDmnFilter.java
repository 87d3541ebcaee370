package fr.enmr.decision;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.kie.kogito.Application;
import org.kie.kogito.decision.DecisionModels;
import org.kie.kogito.dmn.rest.KogitoDMNResult;

import fr.enmr.problem.Probleme;
import fr.enmr.problem.Violation;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Kogito's generated per-model endpoints answer 500 when an evaluation reports errors, which is
 * almost always the client's input (a value outside a declared type). Analysts get a 400 naming
 * each input or decision in error, in French, with the engine's own text beside it.
 */
public class ErreursDmnFilter {

    private final DecisionModels modeles;
    private final Map<String, ErreursDmn> erreursParModele = new ConcurrentHashMap<>();

    @Inject
    public ErreursDmnFilter(Application application) {
        this.modeles = application.get(DecisionModels.class);
    }

    @ServerResponseFilter
    public void clientErrors(ContainerResponseContext response) {
        if (response.getStatus() == 500 && response.getEntity() instanceof KogitoDMNResult result) {
            List<Violation> violations = erreurs(result).violations(result);
            Probleme probleme = violations.isEmpty()
                    ? Probleme.of(400, "Évaluation impossible", "Le modèle DMN n'a pas pu évaluer ces entrées.")
                    : Probleme.saisieInvalide(violations);
            response.setStatus(400);
            response.setEntity(probleme, null, Probleme.MEDIA_TYPE);
        }
    }

    private ErreursDmn erreurs(KogitoDMNResult result) {
        return erreursParModele.computeIfAbsent(result.getNamespace() + "#" + result.getModelName(),
                cle -> new ErreursDmn(modeles.getDecisionModel(result.getNamespace(), result.getModelName()).getDMNModel()));
    }
}
