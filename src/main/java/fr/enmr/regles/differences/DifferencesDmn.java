package fr.enmr.regles.differences;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionService;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.FunctionDefinition;
import org.kie.dmn.model.api.InputData;
import org.kie.dmn.model.api.LiteralExpression;

import fr.enmr.regles.differences.Differences.Element;
import fr.enmr.regles.differences.Differences.ExpressionChange;
import fr.enmr.regles.differences.Differences.ModeleChange;
import fr.enmr.regles.differences.Differences.TableChange;

/**
 * What changed in one DMN model between two versions, read with KIE's own unmarshaller (the one the
 * service compiles models with): elements added or removed by name, and for each element present in
 * both, its expression compared part by part down to table rows and literal texts.
 */
final class DifferencesDmn {

    private final String fichier;
    private final List<TableChange> tables = new ArrayList<>();
    private final List<ExpressionChange> expressions = new ArrayList<>();

    private DifferencesDmn(String fichier) {
        this.fichier = fichier;
    }

    static ModeleChange comparer(String fichier, String avant, String apres) {
        Definitions anciennes;
        Definitions nouvelles;
        try {
            anciennes = lire(avant);
            nouvelles = lire(apres);
        } catch (RuntimeException e) {
            return new ModeleChange(fichier, List.of(), List.of(), List.of(), List.of(),
                    "le modèle n'a pas pu être lu par KIE : " + e.getMessage());
        }
        return new DifferencesDmn(fichier).comparer(anciennes, nouvelles);
    }

    private ModeleChange comparer(Definitions anciennes, Definitions nouvelles) {
        Map<Element, DRGElement> avant = elements(anciennes);
        Map<Element, DRGElement> apres = elements(nouvelles);
        List<Element> ajoutes = apres.keySet().stream().filter(e -> !avant.containsKey(e)).toList();
        List<Element> retires = avant.keySet().stream().filter(e -> !apres.containsKey(e)).toList();
        apres.forEach((element, nouveau) -> {
            DRGElement ancien = avant.get(element);
            if (ancien != null) {
                comparer(element.nom(), element.nom(), logique(ancien), logique(nouveau));
            }
        });
        return new ModeleChange(fichier, ajoutes, retires, List.copyOf(tables), List.copyOf(expressions), null);
    }

    private static Definitions lire(String xml) {
        Definitions definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(new StringReader(xml));
        if (definitions == null) {
            throw new IllegalArgumentException("ce n'est pas un modèle DMN");
        }
        return definitions;
    }

    private static Map<Element, DRGElement> elements(Definitions definitions) {
        Map<Element, DRGElement> elements = new LinkedHashMap<>();
        for (DRGElement element : definitions.getDrgElement()) {
            String genre = element instanceof Decision ? "decision"
                    : element instanceof InputData ? "donnee"
                    : element instanceof BusinessKnowledgeModel ? "connaissance"
                    : element instanceof DecisionService ? "service" : null;
            if (genre != null) {
                elements.put(new Element(genre, element.getName()), element);
            }
        }
        return elements;
    }

    /** What an element computes: a decision's expression, a business knowledge model's function; input data compute nothing. */
    private static Expression logique(DRGElement element) {
        if (element instanceof Decision decision) {
            return decision.getExpression();
        }
        if (element instanceof BusinessKnowledgeModel connaissance) {
            return connaissance.getEncapsulatedLogic();
        }
        return null;
    }

    private void comparer(String element, String chemin, Expression avant, Expression apres) {
        if (avant == null && apres == null) {
            return;
        }
        if (avant == null || apres == null || !ExpressionsDmn.genre(avant).equals(ExpressionsDmn.genre(apres))) {
            changer(element, chemin, ExpressionsDmn.rendu(avant), ExpressionsDmn.rendu(apres));
            return;
        }
        if (avant instanceof LiteralExpression) {
            changer(element, chemin, ExpressionsDmn.rendu(avant), ExpressionsDmn.rendu(apres));
            return;
        }
        if (avant instanceof DecisionTable table) {
            DifferencesTable.comparer(element, chemin, table, (DecisionTable) apres).ifPresent(tables::add);
            return;
        }
        ExpressionsDmn.Noeud ancien = ExpressionsDmn.noeud(avant);
        ExpressionsDmn.Noeud nouveau = ExpressionsDmn.noeud(apres);
        if (!ExpressionsDmn.memeTexte(ancien.tete(), nouveau.tete())) {
            changer(element, chemin + (avant instanceof FunctionDefinition ? " (paramètres)" : " (fonction appelée)"), ancien.tete(), nouveau.tete());
        }
        ancien.parties().forEach((partie, expression) -> {
            if (!nouveau.parties().containsKey(partie)) {
                changer(element, sousChemin(chemin, partie), ExpressionsDmn.rendu(expression), null);
            }
        });
        nouveau.parties().forEach((partie, expression) -> {
            if (ancien.parties().containsKey(partie)) {
                comparer(element, sousChemin(chemin, partie), ancien.parties().get(partie), expression);
            } else {
                changer(element, sousChemin(chemin, partie), null, ExpressionsDmn.rendu(expression));
            }
        });
    }

    private void changer(String element, String chemin, String avant, String apres) {
        if (!ExpressionsDmn.memeTexte(avant, apres) || (avant == null) != (apres == null)) {
            expressions.add(new ExpressionChange(element, chemin, avant, apres));
        }
    }

    private static String sousChemin(String chemin, String partie) {
        return partie.isEmpty() ? chemin : chemin + " › " + partie;
    }
}
