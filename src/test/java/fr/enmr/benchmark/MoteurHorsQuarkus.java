package fr.enmr.benchmark;

import java.util.logging.Level;

import org.drools.ruleunits.api.RuleUnitProvider;
import org.jboss.logmanager.LogContext;
import org.slf4j.LoggerFactory;

import fr.enmr.moteur.DecisionEvaluator;
import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.moteur.constats.ConstatsService;
import fr.enmr.moteur.constats.ConstatsUnit;

/**
 * The service's decision path (DecisionEvaluator) built without Quarkus: dmn/enmr.dmn compiled by ModeleEnmr as in the
 * service, and the findings rule unit through {@link RuleUnitProvider}, which compiles rules/constats.drl at run time
 * to the same executable model Kogito generates at build time (this needs drools-wiring-dynamic, added by the
 * benchmarks profile).
 */
public final class MoteurHorsQuarkus {

    /**
     * How the DMN engine is set up. The other options KIE 10.1.0 offers do not apply to this model (BENCHMARKS.md):
     * compiled FEEL fails on it (apache/incubator-kie#6433), the alpha network rejects the range tests of « Part A »
     * (UnsupportedOperationException: Unknown Index Type), and nothing in kie-dmn-core reads org.kie.dmn.compiler.execmodel.
     */
    public enum ConfigurationDmn {
        /** As the ARS endpoint evaluates it: the model compiled to Java by the build, KIE where it gives a dossier back. */
        COMPILE(false, ModeleEnmr.MOTEUR_COMPILE),
        /** KIE's interpreter alone, no runtime type check (the ARS path before the compiled model). */
        SERVICE(false, ModeleEnmr.MOTEUR_KIE),
        /** Runtime type check on, as Kogito's /enmr endpoint evaluates it, and the ARS endpoint did before. */
        CONTROLE_DE_TYPES(true, ModeleEnmr.MOTEUR_KIE);

        private final boolean controleDeTypes;
        private final String moteur;

        ConfigurationDmn(boolean controleDeTypes, String moteur) {
            this.controleDeTypes = controleDeTypes;
            this.moteur = moteur;
        }
    }

    private MoteurHorsQuarkus() {
    }

    public static DecisionEvaluator evaluateur(ConfigurationDmn configuration) {
        journaliserCommeLeService();
        return new DecisionEvaluator(new ModeleEnmr(configuration.controleDeTypes, configuration.moteur),
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
}
