package fr.enmr.moteur.dmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.dmn.DMNKogito;
import org.kie.kogito.dmn.DmnDecisionModel;
import org.kie.kogito.dmn.rest.DMNJSONUtils;

import fr.enmr.dossier.Vocabulaire;
import fr.enmr.moteur.compile.EntreesFeel;
import fr.enmr.moteur.compile.ErreurFeel;
import fr.enmr.moteur.compile.LigneDeTable;
import fr.enmr.moteur.compile.LignesDeTables;
import fr.enmr.moteur.compile.ModeleJava;
import fr.enmr.moteur.compile.ModelesJava;
import fr.enmr.moteur.compile.ValeursCompilees;
import org.jboss.logging.Logger;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The DMN model dmn/enmr.dmn for the ARS endpoint: decided by the model compiled to Java (fr.enmr.moteur.compile),
 * and by KIE, compiled the way Kogito compiles it for the generated /enmr endpoint and evaluated with the same input
 * conversion, where the compiled model gives a dossier back or is absent, so analysts and ARS see the same results.
 * <p>
 * One difference: no runtime type check here. The ARS endpoint's inputs are the contract's records, checked at the
 * edge (codes against the version's vocabulary, counts are integers), and with the check on, KIE 10.1 copies the whole evaluation
 * context and builds a class loader for every enumerated value it checks: most of the evaluation time, and a global
 * lock under load (BENCHMARKS.md). The analysts' /enmr endpoint keeps the check (application.properties);
 * {@code enmr.decisions.controle-de-types=true} puts it back here (to measure the difference, or to diagnose).
 */
@Singleton // not a client proxy
@Startup // loads the compiled model; KIE compiles its own when first needed
public class ModeleEnmr {

    public static final String MOTEUR_COMPILE = "compile";
    public static final String MOTEUR_KIE = "KIE";
    private static final Logger LOG = Logger.getLogger(ModeleEnmr.class);

    public static final String NAMESPACE = "https://enmr.sante.gouv.fr/dmn/enmr";
    public static final String NOM = "enmr";

    public static final String DECISION = "Décision";
    public static final String ANNEE_ADMISE = "Année admise par la campagne";
    public static final String REGLES_CAMPAGNE = "Règles de la campagne";
    public static final String ETP_MEDECINS_GENERALISTES = "ETP des médecins généralistes";

    /** KIE's runtime of the model, compiled when first needed: a model compiled to Java rarely needs it. */
    private final Supplier<Kie> kie;
    /** The same model compiled to Java ({@link ModelesJava}); null when it stays with KIE alone. */
    private final ModeleJava compile;
    /** The compiled model's values by name, indexed once; null with KIE alone. */
    private final ValeursCompilees.Index valeursCompilees;
    /** The codes its dossiers may carry: its item definitions' allowed values. */
    private final Vocabulaire vocabulaire;

    /**
     * dmn/enmr.dmn compiled as Kogito's generated code compiles it, with or without the runtime type check (outside
     * Quarkus too: the in-process benchmark measures both, the candidate generator prices with it).
     */
    @Inject
    public ModeleEnmr(@ConfigProperty(name = "enmr.decisions.controle-de-types", defaultValue = "false") boolean controleDeTypes,
            @ConfigProperty(name = "enmr.decisions.moteur", defaultValue = "compile") String moteur) {
        // the runtime type check is KIE's: with it on, KIE decides alone
        this(Kie.plusTard(() -> runtime(controleDeTypes)), controleDeTypes || !MOTEUR_COMPILE.equals(moteur) ? null : ModelesJava.paquete(),
                VocabulaireDmn.lire(List.of(textePaquete())));
    }

    /** The packaged model decided by KIE alone, with or without the runtime type check (benchmarks, analysts' tools). */
    public ModeleEnmr(boolean controleDeTypes) {
        this(Kie.deja(runtime(controleDeTypes)), null, VocabulaireDmn.lire(List.of(textePaquete())));
    }

    private ModeleEnmr(Supplier<Kie> kie, ModeleJava compile, Vocabulaire vocabulaire) {
        this.kie = kie;
        this.compile = compile;
        this.valeursCompilees = compile == null ? null : new ValeursCompilees.Index(compile.noms());
        this.vocabulaire = vocabulaire;
    }

    /** KIE's runtime of the model and Kogito's decision model over it. */
    private record Kie(DMNRuntime runtime, DecisionModel model) {

        static Supplier<Kie> deja(DMNRuntime runtime) {
            runtime.addListener(new NoteLesLignes());
            Kie kie = new Kie(runtime, new DmnDecisionModel(runtime, NAMESPACE, NOM));
            return () -> kie;
        }

        /** Compiled on first use, once. */
        static Supplier<Kie> plusTard(Supplier<DMNRuntime> runtime) {
            return new Supplier<>() {
                private volatile Kie kie;

                @Override
                public Kie get() {
                    Kie compile = kie;
                    if (compile == null) {
                        synchronized (this) {
                            if (kie == null) {
                                kie = deja(runtime.get()).get();
                            }
                            compile = kie;
                        }
                    }
                    return compile;
                }
            };
        }
    }

    /** The row each table of KIE's evaluation selected, noted as the compiled model notes it (its first match: UNIQUE, FIRST). */
    private static final class NoteLesLignes implements DMNRuntimeEventListener {
        @Override
        public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent evenement) {
            List<Integer> retenues = evenement.getSelected();
            LignesDeTables.noter(evenement.getNodeName(), evenement.getDecisionTableId(), retenues.isEmpty() ? 0 : retenues.get(0));
        }
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
        // compiled now: a model that does not compile is refused here (CompilateurRegles)
        return new ModeleEnmr(Kie.deja(DMNKogito.createGenericDMNRuntime(Set.of(), false, lecteurs)), compile, VocabulaireDmn.lire(textesDmn));
    }

    /** The same model decided by KIE alone (the analysts' evaluation of a draft): its KIE runtime is shared. */
    public ModeleEnmr kieSeul() {
        return compile == null ? this : new ModeleEnmr(kie, null, vocabulaire);
    }

    /** Which engine decides first: {@code compile} (the model compiled to Java, KIE where it gives a dossier back) or {@code KIE}. */
    public String moteur() {
        return compile != null ? MOTEUR_COMPILE : MOTEUR_KIE;
    }

    private static DMNRuntime runtime(boolean controleDeTypes) {
        return DMNKogito.createGenericDMNRuntime(Set.of(), controleDeTypes, new StringReader(textePaquete()));
    }

    private static String textePaquete() {
        try (InputStream dmn = ModeleEnmr.class.getResourceAsStream("/dmn/enmr.dmn")) {
            if (dmn == null) {
                throw new IllegalStateException("dmn/enmr.dmn is not on the classpath");
            }
            return new String(dmn.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes a dossier decided by this model may carry (its item definitions' allowed values). */
    public Vocabulaire vocabulaire() {
        return vocabulaire;
    }

    /** The campaigns of its vocabulary the model has rules for: those « Règles de la campagne » gives a value for. */
    public List<String> campagnes() {
        return vocabulaire.campagnes().stream().filter(campagne -> reglesDeLaCampagne(campagne) != null).toList();
    }

    /** A campaign's default payment year by « Règles de la campagne », or null for a campaign the model has no rules for. */
    public Integer anneeParDefaut(String campagne) {
        Object regles = campagne == null ? null : reglesDeLaCampagne(campagne);
        return regles instanceof Map<?, ?> valeurs && valeurs.get("anneeParDefaut") instanceof Number annee ? annee.intValue() : null;
    }

    /** « Règles de la campagne » alone for a campaign: by the compiled model if it decides it, by KIE otherwise. */
    private Object reglesDeLaCampagne(String campagne) {
        if (compile != null) {
            Map<String, Object> entrees = new HashMap<>();
            compile.noms().forEach(nom -> entrees.put(nom, null)); // inputs and decisions: only the inputs are read
            entrees.put("campagne", campagne);
            try {
                return valeursCompilees.valeurs(compile.evaluer(entrees)).get(REGLES_CAMPAGNE);
            } catch (ErreurFeel rendu) {
                LOG.debugf("Campaign rules given back to KIE by the compiled model: %s", rendu.getMessage());
            }
        }
        // that decision alone: the others would only log that their inputs are missing
        Kie k = kie.get();
        return k.runtime().evaluateByName(k.model().getDMNModel(), DMNJSONUtils.ctx(k.model(), Map.of("campagne", campagne)),
                REGLES_CAMPAGNE).getDecisionResultByName(REGLES_CAMPAGNE).getResult();
    }

    /**
     * The value of a decision that requires no input (a parameter such as « Seuils des constats »), by KIE, which
     * evaluates it alone; null when the model has no such decision.
     */
    public Object parametre(String decision) {
        Kie k = kie.get();
        DMNDecisionResult resultat = k.runtime().evaluateByName(k.model().getDMNModel(), DMNJSONUtils.ctx(k.model(), Map.of()), decision)
                .getDecisionResultByName(decision);
        return resultat == null ? null : resultat.getResult();
    }

    /** KIE's evaluation, inputs as Kogito's JSON conversion reads them (the reference). */
    public Evaluation evaluer(Map<String, Object> entrees) {
        DecisionModel model = kie.get().model();
        LignesDeTables.Notees<DMNResult> evaluation = LignesDeTables.pendant(() -> model.evaluateAll(DMNJSONUtils.ctx(model, entrees)));
        DMNResult resultat = evaluation.resultat();
        Map<String, Object> valeurs = new LinkedHashMap<>();
        for (DMNDecisionResult decision : resultat.getDecisionResults()) {
            valeurs.put(decision.getDecisionName(), decision.getResult());
        }
        return new Evaluation(valeurs, resultat.getMessages(DMNMessage.Severity.ERROR), MOTEUR_KIE, evaluation.lignes());
    }

    /**
     * The dossier decided by the compiled model if there is one and it decides it, otherwise by KIE: where the
     * compiled code cannot be sure to agree with KIE (a FEEL error, an unforeseen value) KIE decides, errors included.
     */
    public Evaluation evaluer(Record dossier, Supplier<Map<String, Object>> entreesJson) {
        if (compile != null) {
            try {
                LignesDeTables.Notees<Object[]> valeurs = LignesDeTables.pendant(() -> compile.evaluer(EntreesFeel.depuis(dossier)));
                return new Evaluation(valeursCompilees.valeurs(valeurs.resultat()), List.of(), MOTEUR_COMPILE, valeurs.lignes());
            } catch (ErreurFeel rendu) {
                LOG.debugf("Dossier given back to KIE by the compiled model: %s", rendu.getMessage());
            }
        }
        return evaluer(entreesJson.get());
    }

    /**
     * One evaluation's decisions by name, its errors, the engine that made it ({@code compile} or {@code KIE}) and the
     * row each decision table selected, in the order the tables were evaluated.
     */
    public record Evaluation(Map<String, Object> decisions, List<DMNMessage> erreurs, String moteur, List<LigneDeTable> lignes) {

        public Object resultat(String decision) {
            return decisions.get(decision);
        }
    }
}
