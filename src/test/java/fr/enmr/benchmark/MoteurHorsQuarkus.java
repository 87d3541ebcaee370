package fr.enmr.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Level;

import org.drools.ruleunits.api.RuleUnitProvider;
import org.jboss.logmanager.LogContext;
import org.kie.kogito.dmn.DMNKogito;
import org.kie.kogito.dmn.DmnDecisionModel;
import org.slf4j.LoggerFactory;

import fr.enmr.decision.DecisionEvaluator;
import fr.enmr.decision.ModeleEnmr;
import fr.enmr.decision.constats.ConstatsService;
import fr.enmr.decision.constats.ConstatsUnit;

/**
 * The service's decision path (DecisionEvaluator) built without Quarkus, the way Kogito's generated code builds it:
 * dmn/enmr.dmn through {@link DMNKogito#createGenericDMNRuntime} (what the generated DecisionModels calls), and the
 * findings rule unit through {@link RuleUnitProvider}, which compiles rules/constats.drl at run time to the same
 * executable model Kogito generates at build time (this needs drools-wiring-dynamic, added by the benchmarks profile).
 */
public final class MoteurHorsQuarkus {

    /**
     * How the DMN engine is set up; SERVICE is what runs in the service. The other options KIE 10.1.0 offers do not
     * apply to this model (BENCHMARKS.md): compiled FEEL fails on it (apache/incubator-kie#6433), the alpha network
     * rejects the range tests of « Part A » (UnsupportedOperationException: Unknown Index Type), and nothing in
     * kie-dmn-core reads org.kie.dmn.compiler.execmodel any more.
     */
    public enum ConfigurationDmn {
        /** As Kogito generates it from application.properties: runtime type check on (org.kie.dmn.runtime.typecheck=true). */
        SERVICE(true),
        /** Runtime type check off: inputs and results are no longer checked against the model's types. */
        SANS_CONTROLE_DE_TYPES(false);

        private final boolean controleDeTypes;

        ConfigurationDmn(boolean controleDeTypes) {
            this.controleDeTypes = controleDeTypes;
        }
    }

    private MoteurHorsQuarkus() {
    }

    public static DecisionEvaluator evaluateur(ConfigurationDmn configuration) {
        journaliserCommeLeService();
        return new DecisionEvaluator(modele(configuration),
                new ConstatsService(RuleUnitProvider.get().getRuleUnit(new ConstatsUnit())));
    }

    /**
     * Quarkus logs at INFO. Outside it, JBoss LogManager leaves every logger at ALL and the DMN engine then formats a
     * trace message for each value it sets, which makes an evaluation about ten times slower: log as the service does.
     */
    private static void journaliserCommeLeService() {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        if (LoggerFactory.getLogger("org.kie.dmn").isDebugEnabled()) {
            throw new IllegalStateException("the DMN engine would log at DEBUG or TRACE: the benchmark would measure logging");
        }
    }

    private static ModeleEnmr modele(ConfigurationDmn configuration) {
        try (InputStream dmn = MoteurHorsQuarkus.class.getResourceAsStream("/dmn/enmr.dmn")) {
            if (dmn == null) {
                throw new IllegalStateException("dmn/enmr.dmn is not on the classpath");
            }
            return new ModeleEnmr(new DmnDecisionModel(DMNKogito.createGenericDMNRuntime(Set.of(), configuration.controleDeTypes,
                    new InputStreamReader(dmn, StandardCharsets.UTF_8)), ModeleEnmr.NAMESPACE, ModeleEnmr.NOM));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
