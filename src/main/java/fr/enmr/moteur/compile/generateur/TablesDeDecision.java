package fr.enmr.moteur.compile.generateur;

import static fr.enmr.moteur.compile.generateur.TexteJava.litteral;

import java.util.ArrayList;
import java.util.List;

import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.ast.BooleanNode;
import org.kie.dmn.feel.lang.ast.DashNode;
import org.kie.dmn.feel.lang.ast.NumberNode;
import org.kie.dmn.feel.lang.ast.RangeNode;
import org.kie.dmn.feel.lang.ast.SignedUnaryNode;
import org.kie.dmn.feel.lang.ast.StringNode;
import org.kie.dmn.feel.lang.ast.UnaryTestListNode;
import org.kie.dmn.feel.lang.ast.UnaryTestNode;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.HitPolicy;
import org.kie.dmn.model.api.OutputClause;

/**
 * A decision table as a method of the generated class: hit policy UNIQUE or FIRST, one or several outputs, input
 * entries of unary tests {@code -}, comparisons, ranges with number ends, literal values, and lists of those.
 */
final class TablesDeDecision {

    private final ClasseEnCours classe;
    private final TraductionFeel feel;

    TablesDeDecision(ClasseEnCours classe, TraductionFeel feel) {
        this.classe = classe;
        this.feel = feel;
    }

    /** The call of the table's method; its rules tested in order, the row chosen noted for the trace. */
    String table(DecisionTable table, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        HitPolicy politique = table.getHitPolicy();
        if (politique != HitPolicy.UNIQUE && politique != HitPolicy.FIRST) {
            throw new ConstructionNonPriseEnCharge(element + " : table de décision de politique " + politique);
        }
        for (var entree : table.getInput()) {
            if (entree.getInputValues() != null) {
                throw new ConstructionNonPriseEnCharge(element + " : valeurs admises d'une entrée de table");
            }
        }
        for (OutputClause sortie : table.getOutput()) {
            if (sortie.getOutputValues() != null || sortie.getDefaultOutputEntry() != null) {
                throw new ConstructionNonPriseEnCharge(element + " : valeurs admises ou valeur par défaut d'une sortie de table");
            }
        }
        String methode = "t" + classe.numero();
        List<String> locales = portee.locales();
        StringBuilder corps = new StringBuilder();
        List<String> entrees = new ArrayList<>();
        for (int i = 0; i < table.getInput().size(); i++) {
            String java = methode + "i" + i;
            corps.append("        final Object ").append(java).append(" = ")
                    .append(expression(table.getInput().get(i).getInputExpression().getText(), portee, element)).append(";\n");
            entrees.add(java);
        }
        // the row chosen is noted for the decision's trace, as KIE's runtime events give it (LignesDeTables)
        String noter = "LignesDeTables.noter(" + litteral(element) + ", " + litteral(table.getId()) + ", ";
        corps.append("        Object resultat = null;\n        int regles = 0;\n        int ligne = 0;\n");
        int numero = 0;
        for (DecisionRule regle : table.getRule()) {
            numero++;
            List<String> tests = new ArrayList<>();
            for (int i = 0; i < regle.getInputEntry().size(); i++) {
                BaseNode entree = feel.analyser(regle.getInputEntry().get(i).getText(), portee, true, element);
                tests.add(testsUnaires(entree, entrees.get(i), portee, element));
            }
            List<String> sorties = new ArrayList<>();
            List<String> noms = new ArrayList<>();
            for (int i = 0; i < regle.getOutputEntry().size(); i++) {
                sorties.add(expression(regle.getOutputEntry().get(i).getText(), portee, element));
                noms.add(table.getOutput().get(i).getName());
            }
            String sortie = table.getOutput().size() == 1 ? sorties.get(0) : classe.contexteJava(noms, sorties);
            corps.append("        if (").append(tests.isEmpty() ? "true" : String.join(" && ", tests)).append(") {\n")
                    .append("            regles++;\n            ligne = ").append(numero).append(";\n");
            if (politique == HitPolicy.FIRST) {
                corps.append("            ").append(noter).append(numero).append(");\n");
                corps.append("            return ").append(sortie).append(";\n");
            } else {
                corps.append("            resultat = ").append(sortie).append(";\n");
            }
            corps.append("        }\n");
        }
        if (politique == HitPolicy.UNIQUE) {
            corps.append("        if (regles > 1) {\n            throw new ErreurFeel(").append(litteral(element + " : plusieurs règles"))
                    .append(");\n        }\n");
        }
        corps.append("        ").append(noter).append("ligne);\n");
        corps.append("        return resultat;\n");
        return classe.methodeLocale(element + " (table de décision)", methode, locales, corps.toString(), "v");
    }

    private String expression(String texte, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        return feel.feel(feel.analyser(texte, portee, false, element), portee, element);
    }

    /** An input entry: true when one of its tests is true for the input value. */
    private String testsUnaires(BaseNode noeud, String entree, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        if (!(noeud instanceof UnaryTestListNode liste) || liste.isNegated()) {
            throw new ConstructionNonPriseEnCharge(element + " : entrée de table « " + noeud.getText() + " »");
        }
        List<String> tests = new ArrayList<>();
        for (BaseNode test : liste.getElements()) {
            tests.add(testUnaire(test, entree, portee, element));
        }
        return tests.size() == 1 ? tests.get(0) : "(" + String.join(" || ", tests) + ")";
    }

    private String testUnaire(BaseNode test, String entree, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        if (test instanceof DashNode) {
            return "true";
        }
        if (test instanceof UnaryTestNode unaire) {
            String valeur = feel.feel(unaire.getValue(), portee, element);
            String operation = switch (unaire.getOperator()) {
                case LT -> "inferieur";
                case LTE -> "inferieurOuEgal";
                case GT -> "superieur";
                case GTE -> "superieurOuEgal";
                case EQ -> "egal";
                case NE -> "different";
                default -> throw new ConstructionNonPriseEnCharge(element + " : test « " + test.getText() + " »");
            };
            if (unaire.getOperator() == UnaryTestNode.UnaryOperator.EQ && !(unaire.getValue() instanceof StringNode
                    || unaire.getValue() instanceof NumberNode || unaire.getValue() instanceof BooleanNode)) {
                throw new ConstructionNonPriseEnCharge(element + " : test « " + test.getText() + " » (seules les valeurs littérales sont traduites)");
            }
            return "Feel.vrai(Feel." + operation + "(" + entree + ", " + valeur + "))";
        }
        if (test instanceof RangeNode intervalle) { // [a..b), and < a, >= a (ranges with one end)
            List<String> bornes = new ArrayList<>();
            if (borne(intervalle.getStart())) {
                String bas = intervalle.getLowerBound() == RangeNode.IntervalBoundary.CLOSED ? "superieurOuEgal" : "superieur";
                bornes.add("Feel.vrai(Feel." + bas + "(" + entree + ", " + feel.feel(intervalle.getStart(), portee, element) + "))");
            }
            if (borne(intervalle.getEnd())) {
                String haut = intervalle.getUpperBound() == RangeNode.IntervalBoundary.CLOSED ? "inferieurOuEgal" : "inferieur";
                bornes.add("Feel.vrai(Feel." + haut + "(" + entree + ", " + feel.feel(intervalle.getEnd(), portee, element) + "))");
            }
            if (bornes.isEmpty()) {
                throw new ConstructionNonPriseEnCharge(element + " : intervalle sans borne « " + test.getText() + " »");
            }
            return "(" + String.join(" && ", bornes) + ")";
        }
        if (test instanceof StringNode || test instanceof NumberNode || test instanceof BooleanNode) {
            return "Feel.vrai(Feel.egal(" + entree + ", " + feel.feel(test, portee, element) + "))";
        }
        throw new ConstructionNonPriseEnCharge(element + " : test « " + test.getText() + " » (" + test.getClass().getSimpleName() + ")");
    }

    /** A range's end given as a literal number (an absent end is an undefined value node). */
    private static boolean borne(BaseNode fin) throws ConstructionNonPriseEnCharge {
        if (fin == null || fin.getClass().getSimpleName().equals("UndefinedValueNode")) {
            return false;
        }
        if (fin instanceof NumberNode || fin instanceof SignedUnaryNode s && s.getExpression() instanceof NumberNode) {
            return true;
        }
        throw new ConstructionNonPriseEnCharge("borne d'intervalle « " + fin.getText() + " » (seuls les nombres sont traduits)");
    }
}
