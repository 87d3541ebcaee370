package fr.enmr.decision;

import java.util.List;
import java.util.Map;

import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNResult;
import org.kie.kogito.Application;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.decision.DecisionModels;
import org.kie.kogito.dmn.rest.DMNJSONUtils;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The DMN model dmn/enmr.dmn as compiled by Kogito, evaluated with the same input conversion as
 * Kogito's generated /enmr endpoint, so analysts and the ARS endpoint see the same results.
 */
@ApplicationScoped
public class ModeleEnmr {

    public static final String NAMESPACE = "https://enmr.sante.gouv.fr/dmn/enmr";
    public static final String NOM = "enmr";

    public static final String DECISION = "Décision";
    static final String ANNEE_ADMISE = "Année admise par la campagne";
    static final String REGLES_CAMPAGNE = "Règles de la campagne";
    static final String ETP_MEDECINS_GENERALISTES = "ETP des médecins généralistes";

    private final DecisionModel model;

    @Inject
    public ModeleEnmr(Application application) {
        this.model = application.get(DecisionModels.class).getDecisionModel(NAMESPACE, NOM);
    }

    public Evaluation evaluer(Map<String, Object> entrees) {
        return new Evaluation(model.evaluateAll(DMNJSONUtils.ctx(model, entrees)));
    }

    /** One evaluation's results, read by decision name. */
    public record Evaluation(DMNResult result) {

        public Object resultat(String decision) {
            DMNDecisionResult r = result.getDecisionResultByName(decision);
            return r == null ? null : r.getResult();
        }

        public List<DMNMessage> erreurs() {
            return result.getMessages(DMNMessage.Severity.ERROR);
        }
    }
}
