package fr.enmr.moteur.compile.generateur;

import static fr.enmr.moteur.compile.generateur.TexteJava.litteral;
import static fr.enmr.moteur.compile.generateur.TexteJava.normaliser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.tree.ParseTree;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.ast.BooleanNode;
import org.kie.dmn.feel.lang.ast.ContextEntryNode;
import org.kie.dmn.feel.lang.ast.ContextNode;
import org.kie.dmn.feel.lang.ast.FilterExpressionNode;
import org.kie.dmn.feel.lang.ast.ForExpressionNode;
import org.kie.dmn.feel.lang.ast.FunctionInvocationNode;
import org.kie.dmn.feel.lang.ast.IfExpressionNode;
import org.kie.dmn.feel.lang.ast.InfixOpNode;
import org.kie.dmn.feel.lang.ast.InfixOperator;
import org.kie.dmn.feel.lang.ast.IterationContextNode;
import org.kie.dmn.feel.lang.ast.ListNode;
import org.kie.dmn.feel.lang.ast.NameDefNode;
import org.kie.dmn.feel.lang.ast.NameRefNode;
import org.kie.dmn.feel.lang.ast.NullNode;
import org.kie.dmn.feel.lang.ast.NumberNode;
import org.kie.dmn.feel.lang.ast.PathExpressionNode;
import org.kie.dmn.feel.lang.ast.QualifiedNameNode;
import org.kie.dmn.feel.lang.ast.SignedUnaryNode;
import org.kie.dmn.feel.lang.ast.StringNode;
import org.kie.dmn.feel.lang.impl.FEELEventListenersManager;
import org.kie.dmn.feel.lang.types.BuiltInType;
import org.kie.dmn.feel.parser.feel11.ASTBuilderVisitor;
import org.kie.dmn.feel.parser.feel11.FEELParser;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Parser;
import org.kie.dmn.feel.parser.feel11.profiles.KieExtendedFEELProfile;

/**
 * A FEEL text parsed by KIE's parser, and its tree written as a Java expression over {@code Feel}'s operators and
 * functions: arithmetic, comparisons, and/or, if, for (one iteration context over a list), filters with a boolean
 * condition, paths, lists, contexts and calls ({@link FonctionsFeel}).
 */
final class TraductionFeel {

    private final ClasseEnCours classe;

    TraductionFeel(ClasseEnCours classe) {
        this.classe = classe;
    }

    /** KIE's tree of a FEEL text: an expression, or the unary tests of a table's input entry. */
    BaseNode analyser(String texte, Portee portee, boolean testsUnaires, String element) throws ConstructionNonPriseEnCharge {
        if (texte == null || texte.isBlank()) {
            throw new ConstructionNonPriseEnCharge(element + " : expression vide");
        }
        // the names in scope must be known to the parser: a FEEL name may contain spaces
        Map<String, Type> types = new HashMap<>();
        for (String nom : portee.tousLesNoms()) {
            types.put(nom, BuiltInType.UNKNOWN);
        }
        FEEL_1_1Parser parser = FEELParser.parse(new FEELEventListenersManager(), texte, types, Map.of(), List.of(),
                List.of(new KieExtendedFEELProfile()), null);
        ParseTree arbre = testsUnaires ? parser.unaryTestsRoot() : parser.compilation_unit();
        if (parser.getNumberOfSyntaxErrors() > 0) {
            throw new ConstructionNonPriseEnCharge(element + " : FEEL illisible « " + texte + " »");
        }
        return new ASTBuilderVisitor(types, null).visit(arbre);
    }

    /** A FEEL expression as a Java expression. */
    String feel(BaseNode noeud, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        if (noeud instanceof NumberNode nombre) {
            return classe.constante(nombre.getValue());
        }
        if (noeud instanceof StringNode texte) {
            return litteral(texte.getValue());
        }
        if (noeud instanceof BooleanNode booleen) {
            return booleen.getValue() ? "Boolean.TRUE" : "Boolean.FALSE";
        }
        if (noeud instanceof NullNode) {
            return "null";
        }
        if (noeud instanceof SignedUnaryNode signe && signe.getExpression() instanceof NumberNode nombre) {
            return classe.constante(signe.getSign() == SignedUnaryNode.Sign.NEGATIVE ? nombre.getValue().negate() : nombre.getValue());
        }
        if (noeud instanceof NameRefNode nom) {
            return nom(normaliser(nom.getText()), portee, element);
        }
        if (noeud instanceof QualifiedNameNode qualifie) {
            String valeur = nom(normaliser(qualifie.getParts().get(0).getText()), portee, element);
            for (int i = 1; i < qualifie.getParts().size(); i++) {
                valeur = "Feel.champ(" + valeur + ", " + litteral(normaliser(qualifie.getParts().get(i).getText())) + ")";
            }
            return valeur;
        }
        if (noeud instanceof PathExpressionNode chemin) {
            String valeur = feel(chemin.getExpression(), portee, element);
            List<NameRefNode> parties = chemin.getName() instanceof QualifiedNameNode q ? q.getParts()
                    : chemin.getName() instanceof NameRefNode n ? List.of(n) : null;
            if (parties == null) {
                throw new ConstructionNonPriseEnCharge(element + " : chemin « " + noeud.getText() + " »");
            }
            for (NameRefNode partie : parties) {
                valeur = "Feel.champ(" + valeur + ", " + litteral(normaliser(partie.getText())) + ")";
            }
            return valeur;
        }
        if (noeud instanceof InfixOpNode infixe) {
            return infixe(infixe, portee, element);
        }
        if (noeud instanceof IfExpressionNode si) {
            return "(Feel.vrai(" + feel(si.getCondition(), portee, element) + ") ? " + feel(si.getThenExpression(), portee, element)
                    + " : " + feel(si.getElseExpression(), portee, element) + ")";
        }
        if (noeud instanceof ListNode liste) {
            List<String> elements = new ArrayList<>();
            for (BaseNode e : liste.getElements()) {
                elements.add(feel(e, portee, element));
            }
            return "Feel.liste(" + String.join(", ", elements) + ")";
        }
        if (noeud instanceof ContextNode contexte) {
            return contexte(contexte, portee, element);
        }
        if (noeud instanceof FilterExpressionNode filtre) {
            if (!booleen(filtre.getFilter())) {
                throw new ConstructionNonPriseEnCharge(element + " : filtre « " + filtre.getFilter().getText()
                        + " » (seuls les filtres par une condition sont traduits)");
            }
            String java = "el" + classe.numero();
            Portee interieure = new Portee(portee, java);
            return "Feel.filtrer(" + feel(filtre.getExpression(), portee, element) + ", (Object " + java + ") -> "
                    + feel(filtre.getFilter(), interieure, element) + ")";
        }
        if (noeud instanceof ForExpressionNode pour) {
            if (pour.getIterationContexts().size() != 1 || pour.getIterationContexts().get(0).getRangeEndExpr() != null) {
                throw new ConstructionNonPriseEnCharge(element + " : for « " + noeud.getText() + " » (un seul contexte d'itération sur une liste)");
            }
            IterationContextNode iteration = pour.getIterationContexts().get(0);
            String java = "it" + classe.numero();
            Portee interieure = new Portee(portee, null);
            interieure.noms.put(normaliser(nomDefini(iteration.getName())), java);
            return "Feel.pour(" + feel(iteration.getExpression(), portee, element) + ", (Object " + java + ") -> "
                    + feel(pour.getExpression(), interieure, element) + ")";
        }
        if (noeud instanceof FunctionInvocationNode appel) {
            return appel(appel, portee, element);
        }
        throw new ConstructionNonPriseEnCharge(element + " : construction FEEL non traduite « " + noeud.getText() + " » ("
                + noeud.getClass().getSimpleName() + ")");
    }

    private String infixe(InfixOpNode infixe, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        if (infixe.getOperator() == InfixOperator.ADD && infixe.getLeft() instanceof InfixOpNode g && g.getOperator() == InfixOperator.ADD) {
            List<String> termes = new ArrayList<>();
            for (BaseNode terme : termesDeSomme(infixe)) {
                termes.add(feel(terme, portee, element));
            }
            return "Feel.concatener(" + String.join(", ", termes) + ")";
        }
        String gauche = feel(infixe.getLeft(), portee, element);
        String droite = feel(infixe.getRight(), portee, element);
        String methode = switch (infixe.getOperator()) {
            case ADD -> "plus";
            case SUB -> "moins";
            case MULT -> "fois";
            case DIV -> "divise";
            case EQ -> "egal";
            case NE -> "different";
            case LT -> "inferieur";
            case LTE -> "inferieurOuEgal";
            case GT -> "superieur";
            case GTE -> "superieurOuEgal";
            case AND -> "et";
            case OR -> "ou";
            default -> throw new ConstructionNonPriseEnCharge(element + " : opérateur " + infixe.getOperator() + " dans « " + infixe.getText() + " »");
        };
        if (methode.equals("et") || methode.equals("ou")) { // the right side evaluated only when needed, as KIE
            return "Feel." + methode + "(" + gauche + ", () -> " + droite + ")";
        }
        return "Feel." + methode + "(" + gauche + ", " + droite + ")";
    }

    /** The operands of {@code a + b + c}, left to right (parsed as {@code (a + b) + c}). */
    private static List<BaseNode> termesDeSomme(BaseNode noeud) {
        if (noeud instanceof InfixOpNode somme && somme.getOperator() == InfixOperator.ADD) {
            List<BaseNode> termes = new ArrayList<>(termesDeSomme(somme.getLeft()));
            termes.add(somme.getRight());
            return termes;
        }
        return new ArrayList<>(List.of(noeud));
    }

    private String appel(FunctionInvocationNode appel, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        String nom = normaliser(appel.getName().getText());
        List<String> arguments = new ArrayList<>();
        for (BaseNode parametre : appel.getParams().getElements()) {
            if (parametre.getClass().getSimpleName().equals("NamedParameterNode")) {
                throw new ConstructionNonPriseEnCharge(element + " : paramètres nommés dans « " + appel.getText() + " »");
            }
            arguments.add(feel(parametre, portee, element));
        }
        return FonctionsFeel.appel(classe, nom, arguments, portee, element, appel.getText());
    }

    /** A FEEL context literal {@code {a: …, b: …}}: a method of the generated class, each entry seeing those before it. */
    private String contexte(ContextNode contexte, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        String methode = "f" + classe.numero();
        List<String> locales = portee.locales();
        Portee interieure = new Portee(portee, null);
        StringBuilder corps = new StringBuilder();
        List<String> cles = new ArrayList<>();
        List<String> valeurs = new ArrayList<>();
        int n = 0;
        for (ContextEntryNode entree : contexte.getEntries()) {
            String nom = entree.getName() instanceof NameDefNode def ? nomDefini(def)
                    : entree.getName() instanceof StringNode s ? s.getValue() : null;
            if (nom == null) {
                throw new ConstructionNonPriseEnCharge(element + " : clé de contexte « " + entree.getName().getText() + " »");
            }
            String java = methode + "e" + n++;
            corps.append("        final Object ").append(java).append(" = ").append(feel(entree.getValue(), interieure, element)).append(";\n");
            interieure.noms.put(normaliser(nom), java);
            cles.add(nom);
            valeurs.add(java);
        }
        return classe.methodeLocale(element + " (contexte FEEL)", methode, locales, corps + "        return " + classe.contexteJava(cles, valeurs) + ";\n", "v");
    }

    /** Whether a filter's condition can only give a boolean or null (KIE would otherwise first try it as an index). */
    private static boolean booleen(BaseNode condition) {
        if (condition instanceof BooleanNode) {
            return true;
        }
        if (condition instanceof InfixOpNode infixe) {
            return switch (infixe.getOperator()) {
                case EQ, NE, LT, LTE, GT, GTE, AND, OR -> true;
                default -> false;
            };
        }
        if (condition instanceof IfExpressionNode si) {
            return booleen(si.getThenExpression()) && booleen(si.getElseExpression());
        }
        if (condition instanceof FunctionInvocationNode appel) {
            return FonctionsFeel.booleenne(normaliser(appel.getName().getText()));
        }
        return false;
    }

    private String nom(String nom, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        String java = portee.resoudre(nom);
        if (java == null) {
            throw new ConstructionNonPriseEnCharge(element + " : nom « " + nom + " » inconnu (ni entrée, ni décision requise, ni variable)");
        }
        return java;
    }

    private static String nomDefini(NameDefNode def) {
        return def.getName() != null ? def.getName() : String.join(" ", def.getParts());
    }
}
