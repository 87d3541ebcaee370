package fr.enmr.web.regles;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.Context;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.FunctionDefinition;
import org.kie.dmn.model.api.InformationItem;
import org.kie.dmn.model.api.InputData;
import org.kie.dmn.model.api.Invocation;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.NamedElement;

/** Reads a DMN file with the KIE marshaller (the one Kogito compiles it with) into what the page shows. */
final class LecteurDmn {

    private LecteurDmn() {
    }

    static ModeleDmn lire(String fichier, Reader xml) {
        Definitions definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(xml);
        List<ModeleDmn.Entree> entrees = definitions.getDrgElement().stream()
                .filter(InputData.class::isInstance)
                .map(e -> new ModeleDmn.Entree(e.getName(), texte(e.getDescription())))
                .toList();
        List<ElementDmn> decisions = definitions.getDrgElement().stream()
                .filter(Decision.class::isInstance).map(Decision.class::cast)
                .map(d -> new ElementDmn(d.getName(), Ancres.de("decision", d.getName()), texte(d.getDescription()), expression(d.getExpression())))
                .toList();
        List<ElementDmn> connaissances = definitions.getDrgElement().stream()
                .filter(BusinessKnowledgeModel.class::isInstance).map(BusinessKnowledgeModel.class::cast)
                .map(b -> new ElementDmn(b.getName(), Ancres.de("connaissance", b.getName()), texte(b.getDescription()),
                        expression(b.getEncapsulatedLogic())))
                .toList();
        return new ModeleDmn(definitions.getName(), definitions.getNamespace(), fichier, texte(definitions.getDescription()),
                "/" + definitions.getName(), entrees, decisions, connaissances);
    }

    static ExpressionVue expression(Expression expression) {
        if (expression == null) {
            return new ExpressionVue.Autre("absente");
        }
        if (expression instanceof LiteralExpression litterale) {
            return new ExpressionVue.Litterale(texte(litterale.getText()));
        }
        if (expression instanceof DecisionTable table) {
            return TablesDmn.vue(table);
        }
        if (expression instanceof Context contexte) {
            return new ExpressionVue.Contexte(contexte.getContextEntry().stream()
                    .map(e -> new ExpressionVue.Entree(nom(e.getVariable()), description(e.getVariable()), expression(e.getExpression())))
                    .toList());
        }
        if (expression instanceof Invocation appel) {
            String fonction = appel.getExpression() instanceof LiteralExpression l ? texte(l.getText()) : "(fonction)";
            return new ExpressionVue.Appel(fonction, appel.getBinding().stream()
                    .map(b -> new ExpressionVue.Entree(nom(b.getParameter()), description(b.getParameter()), expression(b.getExpression())))
                    .toList());
        }
        if (expression instanceof FunctionDefinition fonction) {
            return new ExpressionVue.Fonction(fonction.getFormalParameter().stream().map(NamedElement::getName).toList(),
                    expression(fonction.getExpression()));
        }
        return new ExpressionVue.Autre(expression.getClass().getSimpleName().replace("Impl", ""));
    }

    private static String nom(InformationItem variable) {
        return Optional.ofNullable(variable).map(NamedElement::getName).orElse(null);
    }

    private static String description(InformationItem variable) {
        return variable == null ? "" : texte(variable.getDescription());
    }

    static String texte(String texte) {
        return texte == null ? "" : texte.strip();
    }
}
