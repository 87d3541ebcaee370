package fr.enmr.moteur.compile.generateur;

import static fr.enmr.moteur.compile.generateur.TexteJava.commentaire;
import static fr.enmr.moteur.compile.generateur.TexteJava.normaliser;

import java.util.ArrayList;
import java.util.List;

import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.Context;
import org.kie.dmn.model.api.ContextEntry;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.InformationItem;
import org.kie.dmn.model.api.Invocation;
import org.kie.dmn.model.api.KnowledgeRequirement;
import org.kie.dmn.model.api.LiteralExpression;

/**
 * DMN's boxed expressions as Java: literal expressions (FEEL), boxed contexts, decision tables, invocations of
 * business knowledge models, and the business knowledge models themselves, each a method of the generated class.
 */
final class ExpressionsEncadrees {

    private final ClasseEnCours classe;
    private final Graphe graphe;
    private final TraductionFeel feel;
    private final TablesDeDecision tables;

    ExpressionsEncadrees(ClasseEnCours classe, Graphe graphe) {
        this.classe = classe;
        this.graphe = graphe;
        this.feel = new TraductionFeel(classe);
        this.tables = new TablesDeDecision(classe, feel);
    }

    /** A business knowledge model as a static method of its parameters, coerced to their types as KIE does. */
    void bkm(BusinessKnowledgeModel bkm) throws ConstructionNonPriseEnCharge {
        var logique = bkm.getEncapsulatedLogic();
        if (logique == null || logique.getKind() != null && !"FEEL".equals(logique.getKind().value())) {
            throw new ConstructionNonPriseEnCharge(bkm.getName() + " : modèle de connaissance sans logique FEEL");
        }
        Portee portee = new Portee(null, null);
        for (KnowledgeRequirement requis : bkm.getKnowledgeRequirement()) {
            portee.noms.put(normaliser(graphe.cible(requis.getRequiredKnowledge(), bkm.getName()).getName()), null);
        }
        List<String> parametres = new ArrayList<>();
        StringBuilder coercions = new StringBuilder();
        for (InformationItem parametre : logique.getFormalParameter()) {
            String java = "p" + parametres.size();
            parametres.add("Object " + java + "0");
            coercions.append("        Object ").append(java).append(" = ").append(classe.coercion(java + "0", parametre)).append(";\n");
            portee.noms.put(normaliser(parametre.getName()), java);
        }
        String corps = expression(logique.getExpression(), portee, bkm.getName(), "null");
        classe.methodes.add("    /** " + commentaire(bkm.getName()) + " */\n    static Object " + classe.methodeBkm(normaliser(bkm.getName())) + "("
                + String.join(", ", parametres) + ") {\n        final Object[] v = null; // a model of knowledge sees its parameters only\n" + coercions
                + "        return " + corps + ";\n    }\n");
    }

    /** A boxed expression as a Java expression; {@code v} is the values array's name in the method being written. */
    String expression(Expression expression, Portee portee, String element, String v) throws ConstructionNonPriseEnCharge {
        if (expression instanceof LiteralExpression litterale) {
            return feel.feel(feel.analyser(litterale.getText(), portee, false, element), portee, element);
        }
        if (expression instanceof Context contexte) {
            return contexte(contexte, portee, element, v);
        }
        if (expression instanceof DecisionTable table) {
            return tables.table(table, portee, element);
        }
        if (expression instanceof Invocation invocation) {
            return invocation(invocation, portee, element, v);
        }
        throw new ConstructionNonPriseEnCharge(element + " : expression " + (expression == null ? "absente" : expression.getClass().getSimpleName()));
    }

    /** A boxed context: its entries in order, each seeing those before it; its final result, or the context itself. */
    private String contexte(Context contexte, Portee portee, String element, String v) throws ConstructionNonPriseEnCharge {
        String methode = "c" + classe.numero();
        List<String> locales = portee.locales();
        Portee interieure = new Portee(portee, null);
        StringBuilder corps = new StringBuilder();
        List<String> cles = new ArrayList<>();
        List<String> valeurs = new ArrayList<>();
        String resultat = null;
        int n = 0;
        for (ContextEntry entree : contexte.getContextEntry()) {
            String valeur = expression(entree.getExpression(), interieure, element, "v");
            if (entree.getVariable() == null) {
                resultat = valeur;
                continue;
            }
            String java = methode + "e" + n++;
            corps.append("        final Object ").append(java).append(" = ").append(classe.coercion(valeur, entree.getVariable())).append(";\n");
            interieure.noms.put(normaliser(entree.getVariable().getName()), java);
            cles.add(entree.getVariable().getName());
            valeurs.add(java);
        }
        String retour = resultat != null ? resultat : classe.contexteJava(cles, valeurs);
        return classe.methodeLocale(element + " (contexte)", methode, locales, corps + "        return " + retour + ";\n", v);
    }

    /** A boxed invocation: the business knowledge model's method, its parameters bound by name (null when unbound). */
    private String invocation(Invocation invocation, Portee portee, String element, String v) throws ConstructionNonPriseEnCharge {
        if (!(invocation.getExpression() instanceof LiteralExpression nom) || !classe.estBkm(normaliser(nom.getText()))
                || !portee.connait(normaliser(nom.getText()))) {
            throw new ConstructionNonPriseEnCharge(element + " : invocation d'une fonction qui n'est pas un modèle de connaissance requis");
        }
        BusinessKnowledgeModel bkm = classe.bkm(normaliser(nom.getText()));
        List<String> arguments = new ArrayList<>();
        for (InformationItem parametre : bkm.getEncapsulatedLogic().getFormalParameter()) {
            String argument = "null";
            for (var liaison : invocation.getBinding()) {
                if (normaliser(liaison.getParameter().getName()).equals(normaliser(parametre.getName()))) {
                    argument = liaison.getExpression() == null ? "null" : expression(liaison.getExpression(), portee, element, v);
                }
            }
            arguments.add(argument);
        }
        return classe.methodeBkm(normaliser(nom.getText())) + "(" + String.join(", ", arguments) + ")";
    }
}
