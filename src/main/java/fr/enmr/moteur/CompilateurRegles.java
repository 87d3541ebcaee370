package fr.enmr.moteur;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.drools.ruleunits.api.RuleUnit;

import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.moteur.dmn.VocabulaireDmn;
import fr.enmr.moteur.constats.ConstatsService;
import fr.enmr.moteur.constats.ConstatsUnit;
import fr.enmr.moteur.constats.SeuilsConstats;
import fr.enmr.dossier.DossierValidator;
import fr.enmr.problem.Probleme;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.jeu.TypeFichier;
import fr.enmr.moteur.compile.ModelesJava;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Compiles a rule-set version at run time with KIE's own APIs, no rebuild: each DMN file checked (safe XML, DMN 1.6
 * namespaces brought back to 1.5, Kogito's validation with decision-table analysis), the model compiled with the DMN
 * runtime builder as {@link ModeleEnmr} does, and the findings rule unit compiled from the version's DRL text.
 */
@ApplicationScoped
public class CompilateurRegles {

    /** DRL compilations kept: most versions change the DMN only, and the DRL's executable model is slow to build. */
    private static final int UNITES_GARDEES = 8;

    private final DossierValidator validator;
    private final Map<String, UniteCompilee> unites = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, UniteCompilee> plusAncienne) {
            return size() > UNITES_GARDEES;
        }
    });

    /** A DRL text compiled without error, with its warnings. */
    private record UniteCompilee(RuleUnit<ConstatsUnit> unite, List<ErreurRegles> avertissements) {
    }

    /** @param livree the findings unit Kogito generated at build time from the packaged DRL: versions keeping that DRL reuse it */
    @Inject
    public CompilateurRegles(DossierValidator validator, RuleUnit<ConstatsUnit> livree) {
        this.validator = validator;
        unites.put(cle(JeuDeRegles.livre().deType(TypeFichier.DRL)), new UniteCompilee(livree, List.of()));
    }

    /** Every error and warning of the version's DMN and DRL files, and its engine when there is no error. */
    public Compilation compiler(JeuDeRegles jeu) {
        return compiler(jeu, true);
    }

    /**
     * A stored version's engine: its files were validated when stored, so KIE's validation (decision-table analysis,
     * most of the compilation time) is not run again; compilation errors are still reported.
     */
    public Compilation compilerStockee(JeuDeRegles jeu) {
        return compiler(jeu, false);
    }

    private Compilation compiler(JeuDeRegles jeu, boolean valider) {
        List<ErreurRegles> erreurs = new ArrayList<>();
        List<ErreurRegles> avertissements = new ArrayList<>();
        List<FichierRegles> dmn = jeu.deType(TypeFichier.DMN);
        List<FichierRegles> drl = jeu.deType(TypeFichier.DRL);
        if (dmn.isEmpty()) {
            erreurs.add(new ErreurRegles(null, null, null, "la version n'a aucun modèle DMN", null));
        }
        if (drl.isEmpty()) {
            erreurs.add(new ErreurRegles(null, null, null, "la version n'a pas le fichier DRL des constats", null));
        }
        boolean lisibles = dmn.stream().allMatch(f -> ValidationDmn.lisible(f, erreurs));
        if (valider && lisibles && !dmn.isEmpty()) {
            // the version's code lists against its own tables first: KIE reports a campaign without its row as a mere gap
            CodesDesListes.verifier(dmn.get(0).nom(), dmn.stream().map(f -> ValidationDmn.versDmn15(f.contenu())).toList(), erreurs);
            ValidationDmn.valider(dmn, erreurs, avertissements);
        }
        RuleUnit<ConstatsUnit> constats = drl.isEmpty() ? null : constats(drl, erreurs, avertissements);
        if (!erreurs.isEmpty() || constats == null) {
            return new Compilation(null, erreurs, avertissements);
        }
        ModeleEnmr modele;
        List<String> textes = dmn.stream().map(f -> ValidationDmn.versDmn15(f.contenu())).toList();
        try {
            VocabulaireDmn.listes(textes); // the dossier's codes must be readable from the model's item definitions
        } catch (RuntimeException e) {
            erreurs.add(new ErreurRegles(dmn.get(0).nom(), null, null, e.getMessage(), null));
            return new Compilation(null, erreurs, avertissements);
        }
        try {
            // a stored version will decide: compiled to Java as well (a draft being checked is only KIE's)
            modele = ModeleEnmr.depuis(textes, valider ? null : ModelesJava.depuis(textes));
        } catch (RuntimeException e) {
            erreurs.add(new ErreurRegles(dmn.get(0).nom(), null, null, "le modèle DMN ne compile pas", Probleme.sansNomDeClasse(e.getMessage())));
            return new Compilation(null, erreurs, avertissements);
        }
        List<String> campagnes;
        try {
            campagnes = modele.campagnes();
        } catch (RuntimeException e) {
            erreurs.add(new ErreurRegles(dmn.get(0).nom(), null, null, "le modèle « " + ModeleEnmr.NOM + " » (espace de noms "
                    + ModeleEnmr.NAMESPACE + ") ou sa décision « " + ModeleEnmr.REGLES_CAMPAGNE + " » est introuvable",
                    Probleme.sansNomDeClasse(e.getMessage())));
            return new Compilation(null, erreurs, avertissements);
        }
        if (valider) { // the findings read their thresholds from the model (stored versions from before them need none)
            try {
                SeuilsConstats.lire(modele.parametre(SeuilsConstats.DECISION));
            } catch (RuntimeException e) {
                erreurs.add(new ErreurRegles(dmn.get(0).nom(), SeuilsConstats.DECISION, null, "les seuils des constats sont illisibles : "
                        + Probleme.sansNomDeClasse(e.getMessage()), null));
                return new Compilation(null, erreurs, avertissements);
            }
        }
        DecisionEvaluator evaluateur = new DecisionEvaluator(modele, new ConstatsService(constats));
        return new Compilation(new MoteurCompile(jeu.empreinte(), evaluateur, validator, campagnes, !valider), erreurs, avertissements);
    }

    /** The findings unit of these DRL files: compiled once per content (units hold no per-decision state). */
    private RuleUnit<ConstatsUnit> constats(List<FichierRegles> drl, List<ErreurRegles> erreurs, List<ErreurRegles> avertissements) {
        String cle = cle(drl);
        UniteCompilee deja = unites.get(cle);
        if (deja != null) {
            avertissements.addAll(deja.avertissements());
            return deja.unite();
        }
        List<ErreurRegles> siens = new ArrayList<>();
        RuleUnit<ConstatsUnit> unite = UniteConstatsCompilee.compiler(drl, erreurs, siens);
        avertissements.addAll(siens);
        if (unite != null) {
            unites.put(cle, new UniteCompilee(unite, List.copyOf(siens)));
        }
        return unite;
    }

    private static String cle(List<FichierRegles> drl) {
        return drl.stream().map(f -> f.cheminRelatif() + "=" + f.sha256()).sorted().collect(Collectors.joining(","));
    }

    /** A DMN text as KIE 10.1 reads it: a model saved in DMN 1.6 namespaces (the KIE DMN editor) brought back to 1.5. */
    public static String enDmn15(String dmn) {
        return ValidationDmn.versDmn15(dmn);
    }

    /** The packaged rules with the engines compiled at build time (same files, same fingerprint: no need to compile again). */
    MoteurCompile livre(String empreinte, DecisionEvaluator evaluateur) {
        return new MoteurCompile(empreinte, evaluateur, validator, evaluateur.campagnes());
    }
}
