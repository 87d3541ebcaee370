package fr.enmr.moteur;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.core.SessionConfiguration;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.conf.RuleConfig;
import org.drools.ruleunits.impl.EntryPointDataProcessor;
import org.drools.ruleunits.impl.ReteEvaluatorBasedRuleUnitInstance;
import org.drools.ruleunits.impl.conf.RuleConfigImpl;
import org.drools.ruleunits.impl.factory.AbstractRuleUnit;
import org.drools.ruleunits.impl.factory.AbstractRuleUnits;
import org.drools.ruleunits.impl.sessions.RuleUnitExecutorImpl;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.conf.ClockTypeOption;

import fr.enmr.moteur.constats.ConstatsUnit;
import fr.enmr.problem.Probleme;
import fr.enmr.moteur.jeu.FichierRegles;

/**
 * The findings rule unit compiled at run time from a version's DRL text to the executable model Kogito generates at
 * build time (Drools' KieBuilder with {@link ExecutableModelProject}), then run as Kogito's generated unit runs it:
 * one rule base per version, and for each decision a {@link RuleUnitExecutorImpl} bound to the unit's data sources.
 * Kogito's generated unit class cannot be reused: its name is fixed, so the application's class loader would always
 * hand back the packaged one.
 */
final class UniteConstatsCompilee extends AbstractRuleUnit<ConstatsUnit> {

    private static final Pattern REGLE = Pattern.compile("^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private final InternalRuleBase regles;
    private final SessionConfiguration configuration;

    private UniteConstatsCompilee(InternalRuleBase regles) {
        super(ConstatsUnit.class, AbstractRuleUnits.DummyRuleUnits.INSTANCE);
        this.regles = regles;
        this.configuration = regles.getSessionConfiguration().as(SessionConfiguration.KEY);
        configuration.setOption(ClockTypeOption.REALTIME);
    }

    @Override
    protected RuleUnitInstance<ConstatsUnit> internalCreateInstance(ConstatsUnit donnees, RuleConfig config) {
        ((RuleConfigImpl) config).mergeSessionConfiguration(configuration);
        ReteEvaluator evaluateur = evaluatorConfigurator.apply(new RuleUnitExecutorImpl(regles, configuration));
        return new Instance(this, donnees, evaluateur, config);
    }

    /** The unit's data bound to the rule base: data sources as entry points, every unit variable as a global. */
    private static final class Instance extends ReteEvaluatorBasedRuleUnitInstance<ConstatsUnit> {

        Instance(RuleUnit<ConstatsUnit> unite, ConstatsUnit donnees, ReteEvaluator evaluateur, RuleConfig config) {
            super(unite, donnees, evaluateur, config);
        }

        @Override
        protected void bind(ReteEvaluator evaluateur, ConstatsUnit unite) {
            unite.getProgrammesEtp().subscribe(new EntryPointDataProcessor(evaluateur.getEntryPoint("programmesEtp")));
            evaluateur.setGlobal("programmesEtp", unite.getProgrammesEtp());
            unite.getContexte().subscribe(new EntryPointDataProcessor(evaluateur.getEntryPoint("contexte")));
            evaluateur.setGlobal("contexte", unite.getContexte());
            unite.getProjetDeSante().subscribe(new EntryPointDataProcessor(evaluateur.getEntryPoint("projetDeSante")));
            evaluateur.setGlobal("projetDeSante", unite.getProjetDeSante());
            evaluateur.setGlobal("constats", unite.getConstats());
        }
    }

    /** The unit, or null with its compilation errors (errors and warnings are added to the lists). */
    static RuleUnit<ConstatsUnit> compiler(List<FichierRegles> drl, List<ErreurRegles> erreurs, List<ErreurRegles> avertissements) {
        KieServices services = KieServices.get();
        KieFileSystem fichiers = services.newKieFileSystem();
        // a release id of its own: compilations running at once must not replace each other in the KIE repository
        ReleaseId module = services.newReleaseId("fr.enmr.regles", "constats-" + UUID.randomUUID(), "1.0.0");
        fichiers.generateAndWritePomXML(module);
        Map<String, FichierRegles> parChemin = new HashMap<>();
        for (FichierRegles fichier : drl) {
            String chemin = "src/main/resources/" + fichier.cheminRelatif();
            fichiers.write(chemin, sousLePaquetActuel(fichier.contenu()));
            parChemin.put(chemin, fichier);
        }
        KieBuilder builder = services.newKieBuilder(fichiers, ConstatsUnit.class.getClassLoader());
        builder.buildAll(ExecutableModelProject.class);
        boolean echec = false;
        for (Message message : builder.getResults().getMessages()) {
            FichierRegles source = parChemin.getOrDefault(message.getPath(), drl.size() == 1 ? drl.get(0) : null);
            ErreurRegles erreur = erreur(source, message);
            if (message.getLevel() == Message.Level.ERROR) {
                erreurs.add(erreur);
                echec = true;
            } else if (message.getLevel() == Message.Level.WARNING) {
                avertissements.add(erreur);
            }
        }
        if (echec) {
            services.getRepository().removeKieModule(module);
            return null;
        }
        try {
            KieContainer conteneur = services.newKieContainer(module, ConstatsUnit.class.getClassLoader());
            InternalRuleBase regles = (InternalRuleBase) conteneur.getKieBase();
            if (regles.getKiePackages().stream().allMatch(p -> p.getRules().isEmpty())) {
                erreurs.add(new ErreurRegles(drl.get(0).nom(), null, null,
                        "le fichier ne déclare aucune règle de l'unité des constats (« unit ConstatsUnit; » attendu)", null));
                return null;
            }
            return new UniteConstatsCompilee(regles);
        } finally {
            services.getRepository().removeKieModule(module); // the rule base is kept by the unit, not by KIE's repository
        }
    }

    /**
     * Versions stored before the engine became one package (2026-12) declare the unit's old package; they are compiled
     * under today's, on one line so the line numbers of errors stay true. The stored text and its fingerprint are kept.
     */
    static String sousLePaquetActuel(String drl) {
        return ANCIEN_PAQUET.matcher(drl).replaceFirst("package " + ConstatsUnit.class.getPackageName() + ";");
    }

    private static final Pattern ANCIEN_PAQUET = Pattern.compile("(?m)^\\s*package\\s+fr\\.enmr\\.decision\\.constats\\s*;");

    private static ErreurRegles erreur(FichierRegles drl, Message message) {
        Integer ligne = message.getLine() > 0 ? message.getLine() : null;
        String texte = Probleme.sansNomDeClasse(message.getText());
        String regle = ligne == null || drl == null ? null : regleALaLigne(drl.contenu(), ligne);
        String cause = message.getLevel() == Message.Level.ERROR
                ? "le DRL ne compile pas" + (ligne == null ? "" : " (ligne " + ligne + ")")
                : "avertissement du compilateur DRL" + (ligne == null ? "" : " (ligne " + ligne + ")");
        return new ErreurRegles(drl == null ? message.getPath() : drl.nom(), regle, ligne, cause, texte);
    }

    /** The rule whose text holds this line (the last « rule "…" » at or before it), or null. */
    static String regleALaLigne(String drl, int ligne) {
        String[] lignes = drl.split("\n", -1);
        for (int i = Math.min(ligne, lignes.length) - 1; i >= 0; i--) {
            Matcher m = REGLE.matcher(lignes[i]);
            if (m.find()) {
                return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            }
        }
        return null;
    }
}
