package fr.enmr.regles.moteur;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.model.codegen.execmodel.CanonicalModelKieProject;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.impl.InternalRuleUnit;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

import fr.enmr.decision.constats.ConstatsUnit;
import fr.enmr.problem.Probleme;
import fr.enmr.regles.FichierRegles;

/**
 * The findings rule unit compiled at run time from a version's DRL text, to the same executable model Kogito generates
 * at build time (Drools' own runtime path: KieBuilder with {@link ExecutableModelProject}, then the generated
 * {@code RuleUnit} found through a ServiceLoader on the module's class loader, as drools-ruleunits' RuleUnitProvider
 * does for classpath DRL). The unit is compiled once per version; each decision only creates an instance.
 */
final class UniteConstatsCompilee {

    private static final Pattern REGLE = Pattern.compile("^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private UniteConstatsCompilee() {
    }

    /** The unit, or null with its compilation errors (errors and warnings are added to the lists). */
    static RuleUnit<ConstatsUnit> compiler(List<FichierRegles> drl, List<ErreurRegles> erreurs, List<ErreurRegles> avertissements) {
        KieServices services = KieServices.get();
        KieFileSystem fichiers = services.newKieFileSystem();
        Map<String, FichierRegles> parChemin = new HashMap<>();
        for (FichierRegles fichier : drl) {
            String chemin = "src/main/resources/" + fichier.cheminRelatif();
            fichiers.write(chemin, fichier.contenu());
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
            return null;
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule(ExecutableModelProject.class);
        CanonicalModelKieProject projet = new CanonicalModelKieProject(module, module.getModuleClassLoader());
        for (RuleUnit<?> unite : ServiceLoader.load(RuleUnit.class, projet.getClassLoader())) {
            if (unite instanceof InternalRuleUnit<?> interne && interne.getRuleUnitDataClass() == ConstatsUnit.class) {
                @SuppressWarnings("unchecked")
                RuleUnit<ConstatsUnit> constats = (RuleUnit<ConstatsUnit>) unite;
                return constats;
            }
        }
        erreurs.add(new ErreurRegles(drl.isEmpty() ? null : drl.get(0).nom(), null, null,
                "le fichier ne déclare pas l'unité de règles des constats (« unit ConstatsUnit; » attendu)", null));
        return null;
    }

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
