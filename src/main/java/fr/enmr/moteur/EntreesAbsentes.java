package fr.enmr.moteur;

import fr.enmr.moteur.dmn.ModeleEnmr;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.kogito.Application;
import org.kie.kogito.decision.DecisionModels;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * The DMN runtime reports an input left out of the request as an error, while the contract reads
 * an absent field as "not provided". For the analysts' per-model endpoint (/enmr, a JSON map), the
 * model's missing inputs are set to null, as the ARS endpoint does.
 */
@Provider
public class EntreesAbsentes implements ReaderInterceptor {

    private final Application application;
    /** Read from Kogito's model on the first JSON map read, not at start-up: that compiles the model. */
    private volatile Set<String> entrees;

    @Inject
    public EntreesAbsentes(Application application) {
        this.application = application;
    }

    private Set<String> entrees() {
        Set<String> lues = entrees;
        if (lues == null) {
            lues = application.get(DecisionModels.class).getDecisionModel(ModeleEnmr.NAMESPACE, ModeleEnmr.NOM)
                    .getDMNModel().getInputs().stream().map(InputDataNode::getName).collect(Collectors.toUnmodifiableSet());
            entrees = lues;
        }
        return lues;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        Object lu = context.proceed();
        if (lu instanceof Map<?, ?> corps && corps.keySet().stream().anyMatch(entrees()::contains)) {
            Map<String, Object> entreesDuCorps = (Map<String, Object>) corps;
            entrees().forEach(nom -> entreesDuCorps.putIfAbsent(nom, null));
        }
        return lu;
    }
}
