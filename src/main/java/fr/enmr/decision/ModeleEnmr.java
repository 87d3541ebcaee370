package fr.enmr.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.dmn.DMNKogito;
import org.kie.kogito.dmn.DmnDecisionModel;
import org.kie.kogito.dmn.rest.DMNJSONUtils;

import fr.enmr.dossier.Campagne;
import fr.enmr.regles.compile.EntreesFeel;
import fr.enmr.regles.compile.ErreurFeel;
import fr.enmr.regles.compile.ModeleJava;
import fr.enmr.regles.compile.ModelesJava;
import fr.enmr.regles.compile.ValeursCompilees;
import org.jboss.logging.Logger;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The DMN model dmn/enmr.dmn for the ARS endpoint, compiled at start-up the way Kogito compiles it for the
 * generated /enmr endpoint and evaluated with the same input conversion, so analysts and ARS see the same results.
 * <p>
 * One difference: no runtime type check here. The ARS endpoint's inputs are the contract's records, checked at the
 * edge (enumerations are Java enums, counts are integers), and with the check on, KIE 10.1 copies the whole evaluation
 * context and builds a class loader for every enumerated value it checks: most of the evaluation time, and a global
 * lock under load (BENCHMARKS.md). The analysts' /enmr endpoint keeps the check (application.properties);
 * {@code enmr.decisions.controle-de-types=true} puts it back here (to measure the difference, or to diagnose).
 */
@Singleton // not a client proxy: its constructor compiles the model
@Startup
public class ModeleEnmr {

    public static final String MOTEUR_COMPILE = "compile";
    public static final String MOTEUR_KIE = "KIE";
    private static final Logger LOG = Logger.getLogger(ModeleEnmr.class);

    public static final String NAMESPACE = "https://enmr.sante.gouv.fr/dmn/enmr";
    public static final String NOM = "enmr";

    public static final String DECISION = "Décision";
    public static final String ANNEE_ADMISE = "Année admise par la campagne";
    public static final String REGLES_CAMPAGNE = "Règles de la campagne";
    static final String ETP_MEDECINS_GENERALISTES = "ETP des médecins généralistes";

    private final DMNRuntime runtime;
    private final DecisionModel model;
    /** The same model compiled to Java ({@link ModelesJava}); null when it stays with KIE alone. */
    private final ModeleJava compile;

    /**
     * dmn/enmr.dmn compiled as Kogito's generated code compiles it, with or without the runtime type check (outside
     * Quarkus too: the in-process benchmark measures both, the candidate generator prices with it).
     */
    @Inject
    public ModeleEnmr(@ConfigProperty(name = "enmr.decisions.controle-de-types", defaultValue = "false") boolean controleDeTypes,
            @ConfigProperty(name = "enmr.decisions.moteur", defaultValue = "compile") String moteur) {
        // the runtime type check is KIE's: with it on, KIE decides alone
        this(runtime(controleDeTypes), controleDeTypes || !MOTEUR_COMPILE.equals(moteur) ? null : ModelesJava.paquete());
    }

    /** The packaged model decided by KIE alone, with or without the runtime type check (benchmarks, analysts' tools). */
    public ModeleEnmr(boolean controleDeTypes) {
        this(runtime(controleDeTypes), null);
    }

    private ModeleEnmr(DMNRuntime runtime, ModeleJava compile) {
        this.runtime = runtime;
        this.model = new DmnDecisionModel(runtime, NAMESPACE, NOM);
        this.compile = compile;
    }

    /**
     * The model {@code enmr} compiled from DMN texts (a rule-set version's dmn/ files) with KIE's DMN runtime builder,
     * as the packaged one is, without the runtime type check (the inputs are checked at the edge).
     *
     * @throws RuntimeException from KIE when the texts do not compile (validate them first: CompilateurRegles)
     */
    public static ModeleEnmr depuis(List<String> textesDmn) {
        return depuis(textesDmn, null);
    }

    /** As {@link #depuis(List)}, decided first by {@code compile}, the same texts compiled to Java (null: KIE alone). */
    public static ModeleEnmr depuis(List<String> textesDmn, ModeleJava compile) {
        Reader[] lecteurs = textesDmn.stream().map(StringReader::new).toArray(Reader[]::new);
        return new ModeleEnmr(DMNKogito.createGenericDMNRuntime(Set.of(), false, lecteurs), compile);
    }

    /** The same model decided by KIE alone (the analysts' evaluation of a draft): its KIE runtime is shared. */
    public ModeleEnmr kieSeul() {
        return compile == null ? this : new ModeleEnmr(runtime, null);
    }

    /** Which engine decides first: {@code compile} (the model compiled to Java, KIE where it gives a dossier back) or {@code KIE}. */
    public String moteur() {
        return compile != null ? MOTEUR_COMPILE : MOTEUR_KIE;
    }

    private static DMNRuntime runtime(boolean controleDeTypes) {
        try (InputStream dmn = ModeleEnmr.class.getResourceAsStream("/dmn/enmr.dmn")) {
            if (dmn == null) {
                throw new IllegalStateException("dmn/enmr.dmn is not on the classpath");
            }
            return DMNKogito.createGenericDMNRuntime(Set.of(), controleDeTypes, new InputStreamReader(dmn, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The campaigns the model has rules for: those « Règles de la campagne » gives a value for. */
    public List<Campagne> campagnes() {
        return Arrays.stream(Campagne.values())
                // that decision alone: the others would only log that their inputs are missing
                .filter(campagne -> runtime.evaluateByName(model.getDMNModel(), DMNJSONUtils.ctx(model, Map.of("campagne", campagne.name())),
                        REGLES_CAMPAGNE).getDecisionResultByName(REGLES_CAMPAGNE).getResult() != null)
                .toList();
    }

    /** KIE's evaluation, inputs as Kogito's JSON conversion reads them (the reference). */
    public Evaluation evaluer(Map<String, Object> entrees) {
        DMNResult resultat = model.evaluateAll(DMNJSONUtils.ctx(model, entrees));
        Map<String, Object> valeurs = new LinkedHashMap<>();
        for (DMNDecisionResult decision : resultat.getDecisionResults()) {
            valeurs.put(decision.getDecisionName(), decision.getResult());
        }
        return new Evaluation(valeurs, resultat.getMessages(DMNMessage.Severity.ERROR), MOTEUR_KIE);
    }

    /**
     * The dossier decided by the compiled model if there is one and it decides it, otherwise by KIE: where the
     * compiled code cannot be sure to agree with KIE (a FEEL error, an unforeseen value) KIE decides, errors included.
     */
    public Evaluation evaluer(Record dossier, Supplier<Map<String, Object>> entreesJson) {
        if (compile != null) {
            try {
                Object[] valeurs = compile.evaluer(EntreesFeel.depuis(dossier));
                return new Evaluation(new ValeursCompilees(compile.noms(), valeurs), List.of(), MOTEUR_COMPILE);
            } catch (ErreurFeel rendu) {
                LOG.debugf("Dossier given back to KIE by the compiled model: %s", rendu.getMessage());
            }
        }
        return evaluer(entreesJson.get());
    }

    /** One evaluation's decisions by name, its errors, and the engine that made it ({@code compile} or {@code KIE}). */
    public record Evaluation(Map<String, Object> decisions, List<DMNMessage> erreurs, String moteur) {

        public Object resultat(String decision) {
            return decisions.get(decision);
        }
    }
}
