package fr.enmr.moteur;

import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.moteur.dmn.VocabulaireDmn;
import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.namespace.QName;

import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.Context;
import org.kie.dmn.model.api.ContextEntry;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.FunctionDefinition;
import org.kie.dmn.model.api.ItemDefinition;
import org.kie.dmn.model.api.LiteralExpression;

import fr.enmr.dossier.Vocabulaire;

/**
 * A version's code lists against its own tables (rules-api.md « Vocabulary belongs to the version »): a code a table,
 * list or expression typed with a code list uses must be in that list, so an analyst who removes a code still in use
 * is told where, and every campaign of the list must have its row in « Règles de la campagne ». The check follows
 * the types: a decision typed {@code tProfessions} holds professions, a table column typed {@code tCampagne} campaigns.
 */
final class CodesDesListes {

    private static final Pattern TEXTE_FEEL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private CodesDesListes() {
    }

    /** The code lists of the DMN texts (DMN 1.5 namespaces) and every code their elements use outside them. */
    static List<ErreurRegles> verifier(String fichier, List<String> textesDmn, List<ErreurRegles> erreurs) {
        List<VocabulaireDmn.ListeDmn> listes;
        try {
            listes = VocabulaireDmn.listes(textesDmn);
        } catch (RuntimeException illisible) { // a model KIE's unmarshaller cannot read: KIE's validation names what is wrong
            return erreurs;
        }
        Map<String, VocabulaireDmn.ListeDmn> parType = new HashMap<>();
        listes.forEach(l -> parType.put(l.type(), l));
        for (String texte : textesDmn) {
            Definitions modeleDmn = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(new StringReader(texte));
            for (DRGElement element : modeleDmn.getDrgElement()) {
                if (element instanceof Decision decision && ModeleEnmr.REGLES_CAMPAGNE.equals(decision.getName())) {
                    campagnesSansLigne(fichier, decision, parType, erreurs);
                }
                if (element instanceof Decision decision) {
                    parcourir(fichier, decision.getName(), decision.getExpression(), type(decision.getVariable() == null ? null
                            : decision.getVariable().getTypeRef()), modeleDmn, parType, erreurs);
                } else if (element instanceof BusinessKnowledgeModel bkm && bkm.getEncapsulatedLogic() != null) {
                    parcourir(fichier, bkm.getName(), bkm.getEncapsulatedLogic(), null, modeleDmn, parType, erreurs);
                }
            }
        }
        return erreurs;
    }

    /** Every campaign of the list has its row in « Règles de la campagne » (a row for any campaign, « - », counts). */
    private static void campagnesSansLigne(String fichier, Decision regles, Map<String, VocabulaireDmn.ListeDmn> parType,
            List<ErreurRegles> erreurs) {
        if (!(regles.getExpression() instanceof DecisionTable table)) {
            return;
        }
        List<String> entrees = table.getRule().stream().filter(r -> !r.getInputEntry().isEmpty())
                .map(r -> r.getInputEntry().get(0).getText().strip()).toList();
        boolean touteCampagne = entrees.stream().anyMatch(e -> e.equals("-") || e.isEmpty());
        parType.values().stream().filter(l -> l.liste() == Vocabulaire.Liste.CAMPAGNES).flatMap(l -> l.codes().stream())
                .filter(campagne -> !touteCampagne && entrees.stream().noneMatch(e -> e.contains("\"" + campagne + "\"")))
                .forEach(campagne -> erreurs.add(new ErreurRegles(fichier, ModeleEnmr.REGLES_CAMPAGNE, null, "la campagne « " + campagne
                        + " » est dans la liste des campagnes mais n'a pas de ligne dans « " + ModeleEnmr.REGLES_CAMPAGNE
                        + " » (années, SISA exigée, régions expérimentales seules)", null)));
    }

    private static void parcourir(String fichier, String element, Expression expression, String type, Definitions modele,
            Map<String, VocabulaireDmn.ListeDmn> parType, List<ErreurRegles> erreurs) {
        if (expression instanceof LiteralExpression literale) {
            verifierTexte(fichier, element, null, literale.getText(), liste(type, modele, parType), erreurs);
        } else if (expression instanceof DecisionTable table) {
            for (int r = 0; r < table.getRule().size(); r++) {
                DecisionRule regle = table.getRule().get(r);
                for (int i = 0; i < regle.getInputEntry().size() && i < table.getInput().size(); i++) {
                    QName colonne = table.getInput().get(i).getInputExpression() == null ? null
                            : table.getInput().get(i).getInputExpression().getTypeRef();
                    verifierTexte(fichier, element, r + 1, regle.getInputEntry().get(i).getText(), liste(type(colonne), modele, parType), erreurs);
                }
                for (int o = 0; o < regle.getOutputEntry().size() && o < table.getOutput().size(); o++) {
                    QName colonne = table.getOutput().get(o).getTypeRef();
                    String typeSortie = colonne != null ? type(colonne) : table.getOutput().size() == 1 ? type : null;
                    verifierTexte(fichier, element, r + 1, regle.getOutputEntry().get(o).getText(), liste(typeSortie, modele, parType), erreurs);
                }
            }
        } else if (expression instanceof Context contexte) {
            for (ContextEntry entree : contexte.getContextEntry()) {
                String typeEntree = entree.getVariable() == null ? null : type(entree.getVariable().getTypeRef());
                String nom = entree.getVariable() == null ? element : element + " › " + entree.getVariable().getName();
                parcourir(fichier, nom, entree.getExpression(), entree.getVariable() == null ? type : typeEntree, modele, parType, erreurs);
            }
        } else if (expression instanceof FunctionDefinition fonction) {
            parcourir(fichier, element, fonction.getExpression(), null, modele, parType, erreurs);
        }
    }

    private static void verifierTexte(String fichier, String element, Integer ligne, String texte, VocabulaireDmn.ListeDmn liste,
            List<ErreurRegles> erreurs) {
        if (liste == null || texte == null) {
            return;
        }
        Set<String> inconnus = new LinkedHashSet<>();
        Matcher m = TEXTE_FEEL.matcher(texte);
        while (m.find()) {
            if (!liste.codes().contains(m.group(1))) {
                inconnus.add(m.group(1));
            }
        }
        for (String code : inconnus) {
            erreurs.add(new ErreurRegles(fichier, element, ligne, "le code « " + code + " » n'est pas dans la liste « " + liste.type()
                    + " » (" + liste.liste().nom() + ") : l'ajouter à la liste, ou le retirer de « " + element + " »", null));
        }
    }

    /** The code list a type holds, following collections and aliases ({@code tRegions} → {@code tRegion}); null if none. */
    private static VocabulaireDmn.ListeDmn liste(String type, Definitions modele, Map<String, VocabulaireDmn.ListeDmn> parType) {
        String t = type;
        for (int garde = 0; t != null && garde < 16; garde++) {
            VocabulaireDmn.ListeDmn liste = parType.get(t);
            if (liste != null) {
                return liste;
            }
            String nom = t;
            ItemDefinition definition = modele.getItemDefinition().stream().filter(d -> nom.equals(d.getName())).findFirst().orElse(null);
            t = definition == null || definition.getTypeRef() == null || !definition.getItemComponent().isEmpty() ? null
                    : definition.getTypeRef().getLocalPart();
        }
        return null;
    }

    private static String type(QName ref) {
        return ref == null ? null : ref.getLocalPart();
    }
}
