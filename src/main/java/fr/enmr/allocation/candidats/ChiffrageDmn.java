package fr.enmr.allocation.candidats;

import java.math.BigDecimal;
import java.util.Map;

import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.impl.DMNContextImpl;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.core.internal.utils.DynamicDMNContextBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.enmr.decision.ModeleEnmr;
import fr.enmr.dossier.Dossier;

/**
 * Prices a dossier with the analysts' model dmn/enmr.dmn compiled on its own, without Quarkus, so
 * that the candidate generator also serves command-line tools and benchmarks. It converts inputs
 * the way Kogito's generated endpoint does, so it agrees with the decision service.
 */
public final class ChiffrageDmn {

    private static final ObjectMapper VALEURS = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final DMNRuntime runtime;
    private final DMNModel modele;

    public ChiffrageDmn() {
        this.runtime = DMNRuntimeBuilder.fromDefaults()
                .setOption(new RuntimeTypeCheckOption(true))
                .buildConfiguration()
                .fromClasspathResource("/dmn/enmr.dmn", ChiffrageDmn.class)
                .getOrElseThrow(e -> new IllegalStateException("dmn/enmr.dmn cannot be compiled", e));
        this.modele = runtime.getModel(ModeleEnmr.NAMESPACE, ModeleEnmr.NOM);
    }

    @SuppressWarnings("unchecked")
    public Chiffrage chiffrer(Dossier dossier) {
        Map<String, Object> entrees = VALEURS.convertValue(dossier, Map.class);
        DMNContext contexte = new DynamicDMNContextBuilder(new DMNContextImpl(), modele).populateContextWith(entrees);
        DMNResult resultat = runtime.evaluateAll(modele, contexte);
        if (resultat.hasErrors()) {
            throw new IllegalArgumentException("dossier " + dossier.reference() + " : " + resultat.getMessages(DMNMessage.Severity.ERROR));
        }
        Map<String, Object> decision = (Map<String, Object>) resultat.getDecisionResultByName(ModeleEnmr.DECISION).getResult();
        Map<String, Object> module1 = (Map<String, Object>) decision.get("module1");
        return new Chiffrage((Boolean) decision.get("eligible"), (BigDecimal) decision.get("total"),
                ((BigDecimal) module1.get("patienteleRetenue")).intValueExact());
    }
}
