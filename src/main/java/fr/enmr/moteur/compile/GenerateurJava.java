package fr.enmr.moteur.compile;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.v4.runtime.tree.ParseTree;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.ast.BooleanNode;
import org.kie.dmn.feel.lang.ast.ContextEntryNode;
import org.kie.dmn.feel.lang.ast.ContextNode;
import org.kie.dmn.feel.lang.ast.DashNode;
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
import org.kie.dmn.feel.lang.ast.RangeNode;
import org.kie.dmn.feel.lang.ast.SignedUnaryNode;
import org.kie.dmn.feel.lang.ast.StringNode;
import org.kie.dmn.feel.lang.ast.UnaryTestListNode;
import org.kie.dmn.feel.lang.ast.UnaryTestNode;
import org.kie.dmn.feel.lang.impl.FEELEventListenersManager;
import org.kie.dmn.feel.lang.types.BuiltInType;
import org.kie.dmn.feel.parser.feel11.ASTBuilderVisitor;
import org.kie.dmn.feel.parser.feel11.FEELParser;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Parser;
import org.kie.dmn.feel.parser.feel11.profiles.KieExtendedFEELProfile;
import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.Context;
import org.kie.dmn.model.api.ContextEntry;
import org.kie.dmn.model.api.DMNElementReference;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.HitPolicy;
import org.kie.dmn.model.api.InformationItem;
import org.kie.dmn.model.api.InformationRequirement;
import org.kie.dmn.model.api.InputData;
import org.kie.dmn.model.api.Invocation;
import org.kie.dmn.model.api.ItemDefinition;
import org.kie.dmn.model.api.KnowledgeRequirement;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.OutputClause;

/**
 * Writes a DMN model as a plain Java class implementing {@link ModeleJava}: the DMN read with KIE's unmarshaller,
 * each FEEL text parsed with KIE's FEEL parser, each construct translated to calls of {@link Feel} (KIE's operators
 * and functions) in dependency order, with the coercions KIE's DMN runtime applies (a one-element list taken as its
 * element for a decision, context entry or parameter whose type is not a list). What it does not translate fails
 * with {@link ConstructionNonPriseEnCharge} naming the element: the model is then decided by KIE.
 * <p>
 * Supported: decision tables (hit policy UNIQUE or FIRST, one or several outputs, unary tests {@code -}, comparisons,
 * ranges, values, lists of those), literal expressions, boxed contexts, invocations of business knowledge models,
 * and in FEEL: arithmetic, comparisons, and/or, if, for (one iteration context over a list), filters with a boolean
 * condition, paths, lists, contexts and the functions of {@link #FONCTIONS}.
 */
public final class GenerateurJava {

    /** FEEL built-in function → its {@link Feel} method, and the numbers of arguments accepted. */
    static final Map<String, Fonction> FONCTIONS = Map.ofEntries(
            Map.entry("not", new Fonction("non", 1, 1)),
            Map.entry("count", new Fonction("count", 1, 99)),
            Map.entry("sum", new Fonction("sum", 1, 99)),
            Map.entry("all", new Fonction("all", 1, 99)),
            Map.entry("any", new Fonction("any", 1, 99)),
            Map.entry("min", new Fonction("min", 1, 99)),
            Map.entry("max", new Fonction("max", 1, 99)),
            Map.entry("concatenate", new Fonction("concatenate", 1, 99)),
            Map.entry("list contains", new Fonction("listContains", 2, 2)),
            Map.entry("distinct values", new Fonction("distinctValues", 1, 1)),
            Map.entry("string join", new Fonction("stringJoin", 1, 2)),
            Map.entry("string", new Fonction("string", 1, 1)),
            Map.entry("date", new Fonction("date", 1, 3)),
            Map.entry("round half up", new Fonction("roundHalfUp", 2, 2)),
            Map.entry("get value", new Fonction("getValue", 2, 2)));

    record Fonction(String methode, int min, int max) {
    }

    private final Definitions definitions;
    private final Map<String, DRGElement> parId = new HashMap<>();
    private final Map<String, Boolean> typesListe = new HashMap<>();
    private final Map<BigDecimal, String> constantes = new LinkedHashMap<>();
    private final Map<List<String>, String> clesDeContextes = new LinkedHashMap<>();
    private final List<String> methodes = new ArrayList<>();
    private final Map<String, String> methodesBkm = new HashMap<>();
    private int compteur;

    private GenerateurJava(Definitions definitions) {
        this.definitions = definitions;
        for (DRGElement element : definitions.getDrgElement()) {
            parId.put(element.getId(), element);
        }
        for (ItemDefinition type : definitions.getItemDefinition()) {
            typesListe.put(type.getName(), type.isIsCollection());
        }
    }

    /**
     * The Java source of a class {@code paquet.classe} implementing {@link ModeleJava} for this DMN text.
     *
     * @throws ConstructionNonPriseEnCharge naming the element and construct not translated
     */
    public static String generer(String texteDmn, String paquet, String classe) throws ConstructionNonPriseEnCharge {
        Definitions definitions;
        try {
            definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(new StringReader(texteDmn));
        } catch (RuntimeException illisible) {
            throw new ConstructionNonPriseEnCharge("DMN illisible : " + illisible.getMessage());
        }
        if (definitions == null) {
            throw new ConstructionNonPriseEnCharge("DMN illisible");
        }
        return new GenerateurJava(definitions).classe(paquet, classe, empreinte(texteDmn));
    }

    /** The SHA-256 of a DMN text, which a generated class carries to tell whether it is still that text's. */
    public static String empreinte(String texteDmn) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(texteDmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String classe(String paquet, String classe, String empreinte) throws ConstructionNonPriseEnCharge {
        if (!definitions.getImport().isEmpty()) {
            throw new ConstructionNonPriseEnCharge("modèle " + definitions.getName() + " : import d'un autre modèle");
        }
        List<InputData> entrees = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (DRGElement element : definitions.getDrgElement()) {
            if (element instanceof InputData entree) {
                entrees.add(entree);
            } else if (element instanceof Decision decision) {
                decisions.add(decision);
            } else if (element instanceof BusinessKnowledgeModel bkm) {
                methodesBkm.put(normaliser(bkm.getName()), "bkm" + methodesBkm.size());
            } else if (!element.getClass().getSimpleName().startsWith("KnowledgeSource")) {
                throw new ConstructionNonPriseEnCharge(element.getName() + " : élément " + element.getClass().getSimpleName());
            }
        }
        for (DRGElement element : definitions.getDrgElement()) {
            if (element instanceof BusinessKnowledgeModel bkm) {
                bkm(bkm);
            }
        }
        List<Decision> ordre = ordre(decisions);
        Map<String, Integer> index = new LinkedHashMap<>();
        StringBuilder corps = new StringBuilder();
        for (InputData entree : entrees) {
            String nom = entree.getName();
            corps.append("        if (!e.containsKey(").append(litteral(nom)).append(")) {\n")
                    .append("            throw new ErreurFeel(").append(litteral("entrée absente : " + nom)).append(");\n        }\n")
                    .append("        v[").append(index.size()).append("] = e.get(").append(litteral(nom)).append(");\n");
            index.put(nom, index.size());
        }
        for (Decision decision : ordre) {
            index.put(decision.getName(), index.size());
        }
        for (Decision decision : ordre) {
            String methode = "d" + index.get(decision.getName());
            Portee portee = new Portee(null, null);
            List<String> requisDeLaDecision = requis(decision.getInformationRequirement(), decision.getKnowledgeRequirement(), decision.getName());
            for (String requis : requisDeLaDecision) {
                Integer i = index.get(requis);
                portee.noms.put(normaliser(requis), i != null ? "v[" + i + "]" : null);
            }
            String valeur = coercion(expression(decision.getExpression(), portee, decision.getName(), "v"), decision.getVariable());
            if (requisDeLaDecision.isEmpty() && !valeur.contains("LignesDeTables")) {
                // a decision that requires nothing (a parameter, a list of codes) has one value: computed once, kept
                // read-only. Sound because every function in FONCTIONS is pure: one reading the clock (today(), now())
                // would have to be excluded here
                methodes.add("    /** " + commentaire(decision.getName()) + ": requires nothing, computed once */\n"
                        + "    private static volatile Object " + methode + "Calculee;\n\n"
                        + "    private static Object " + methode + "(Object[] v) {\n"
                        + "        Object valeur = " + methode + "Calculee;\n"
                        + "        if (valeur == null) {\n"
                        + "            valeur = Feel.figee(" + valeur + ");\n"
                        + "            " + methode + "Calculee = valeur;\n"
                        + "        }\n        return valeur;\n    }\n");
            } else {
                methodes.add("    /** " + commentaire(decision.getName()) + " */\n    private static Object " + methode + "(Object[] v) {\n        return "
                        + valeur + ";\n    }\n");
            }
            corps.append("        v[").append(index.get(decision.getName())).append("] = ").append(methode).append("(v);\n");
        }
        StringBuilder source = new StringBuilder();
        source.append("package ").append(paquet).append(";\n\n")
                .append("import java.math.BigDecimal;\nimport java.util.List;\nimport java.util.Map;\n\n")
                .append("import fr.enmr.moteur.compile.ErreurFeel;\nimport fr.enmr.moteur.compile.Feel;\nimport fr.enmr.moteur.compile.LignesDeTables;\nimport fr.enmr.moteur.compile.ModeleJava;\n\n")
                .append("/** Generated by GenerateurJava from the DMN model « ").append(commentaire(definitions.getName()))
                .append(" »: do not edit, edit the DMN. */\n")
                .append("@SuppressWarnings(\"unused\")\npublic final class ").append(classe).append(" implements ModeleJava {\n\n")
                .append("    private static final List<String> NOMS = List.of(");
        source.append(String.join(", ", index.keySet().stream().map(GenerateurJava::litteral).toList())).append(");\n");
        constantes.forEach((valeur, nom) -> source.append("    private static final BigDecimal ").append(nom)
                .append(" = new BigDecimal(\"").append(valeur.toString()).append("\");\n"));
        clesDeContextes.forEach((cles, nom) -> source.append("    private static final String[] ").append(nom).append(" = {")
                .append(String.join(", ", cles.stream().map(GenerateurJava::litteral).toList())).append("};\n"));
        source.append("\n    @Override\n    public List<String> noms() {\n        return NOMS;\n    }\n\n")
                .append("    @Override\n    public String empreinteDmn() {\n        return \"").append(empreinte).append("\";\n    }\n\n")
                .append("    @Override\n    public Object[] evaluer(Map<String, Object> e) {\n        Object[] v = new Object[")
                .append(index.size()).append("];\n").append(corps).append("        return v;\n    }\n");
        for (String methode : methodes) {
            source.append('\n').append(methode);
        }
        return source.append("}\n").toString();
    }

    // ---- the graph

    private List<String> requis(List<InformationRequirement> informations, List<KnowledgeRequirement> connaissances, String element)
            throws ConstructionNonPriseEnCharge {
        List<String> noms = new ArrayList<>();
        for (InformationRequirement requis : informations) {
            DMNElementReference ref = requis.getRequiredDecision() != null ? requis.getRequiredDecision() : requis.getRequiredInput();
            noms.add(cible(ref, element).getName());
        }
        for (KnowledgeRequirement requis : connaissances) {
            noms.add(cible(requis.getRequiredKnowledge(), element).getName());
        }
        return noms;
    }

    private DRGElement cible(DMNElementReference ref, String element) throws ConstructionNonPriseEnCharge {
        String href = ref == null ? null : ref.getHref();
        DRGElement cible = href != null && href.startsWith("#") ? parId.get(href.substring(1)) : null;
        if (cible == null) {
            throw new ConstructionNonPriseEnCharge(element + " : dépendance " + href + " introuvable dans le modèle");
        }
        return cible;
    }

    /** Decisions in an order where each comes after those it requires. */
    private List<Decision> ordre(List<Decision> decisions) throws ConstructionNonPriseEnCharge {
        List<Decision> ordre = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> enCours = new LinkedHashSet<>();
        for (Decision decision : decisions) {
            placer(decision, ordre, places, enCours);
        }
        return ordre;
    }

    private void placer(Decision decision, List<Decision> ordre, Set<String> places, Set<String> enCours) throws ConstructionNonPriseEnCharge {
        if (places.contains(decision.getId())) {
            return;
        }
        if (!enCours.add(decision.getId())) {
            throw new ConstructionNonPriseEnCharge(decision.getName() + " : dépendance circulaire");
        }
        for (InformationRequirement requis : decision.getInformationRequirement()) {
            if (requis.getRequiredDecision() != null && cible(requis.getRequiredDecision(), decision.getName()) instanceof Decision amont) {
                placer(amont, ordre, places, enCours);
            }
        }
        enCours.remove(decision.getId());
        places.add(decision.getId());
        ordre.add(decision);
    }

    // ---- boxed expressions

    private void bkm(BusinessKnowledgeModel bkm) throws ConstructionNonPriseEnCharge {
        var logique = bkm.getEncapsulatedLogic();
        if (logique == null || logique.getKind() != null && !"FEEL".equals(logique.getKind().value())) {
            throw new ConstructionNonPriseEnCharge(bkm.getName() + " : modèle de connaissance sans logique FEEL");
        }
        Portee portee = new Portee(null, null);
        for (KnowledgeRequirement requis : bkm.getKnowledgeRequirement()) {
            cible(requis.getRequiredKnowledge(), bkm.getName());
            portee.noms.put(normaliser(cible(requis.getRequiredKnowledge(), bkm.getName()).getName()), null);
        }
        List<String> parametres = new ArrayList<>();
        StringBuilder coercions = new StringBuilder();
        for (InformationItem parametre : logique.getFormalParameter()) {
            String java = "p" + parametres.size();
            parametres.add("Object " + java + "0");
            coercions.append("        Object ").append(java).append(" = ").append(coercion(java + "0", parametre)).append(";\n");
            portee.noms.put(normaliser(parametre.getName()), java);
        }
        String corps = expression(logique.getExpression(), portee, bkm.getName(), "null");
        methodes.add("    /** " + commentaire(bkm.getName()) + " */\n    static Object " + methodesBkm.get(normaliser(bkm.getName())) + "("
                + String.join(", ", parametres) + ") {\n        final Object[] v = null; // a model of knowledge sees its parameters only\n" + coercions
                + "        return " + corps + ";\n    }\n");
    }

    /** A boxed expression as a Java expression; {@code v} is the values array's name in the method being written. */
    private String expression(Expression expression, Portee portee, String element, String v) throws ConstructionNonPriseEnCharge {
        if (expression instanceof LiteralExpression litterale) {
            return feel(analyser(litterale.getText(), portee, false, element), portee, element);
        }
        if (expression instanceof Context contexte) {
            return contexte(contexte, portee, element, v);
        }
        if (expression instanceof DecisionTable table) {
            return table(table, portee, element);
        }
        if (expression instanceof Invocation invocation) {
            return invocation(invocation, portee, element, v);
        }
        throw new ConstructionNonPriseEnCharge(element + " : expression " + (expression == null ? "absente" : expression.getClass().getSimpleName()));
    }

    private String contexte(Context contexte, Portee portee, String element, String v) throws ConstructionNonPriseEnCharge {
        String methode = "c" + compteur++;
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
            corps.append("        final Object ").append(java).append(" = ").append(coercion(valeur, entree.getVariable())).append(";\n");
            interieure.noms.put(normaliser(entree.getVariable().getName()), java);
            cles.add(entree.getVariable().getName());
            valeurs.add(java);
        }
        String retour = resultat != null ? resultat : contexteJava(cles, valeurs);
        return methodeLocale(element + " (contexte)", methode, locales, corps + "        return " + retour + ";\n", v);
    }

    private String invocation(Invocation invocation, Portee portee, String element, String v) throws ConstructionNonPriseEnCharge {
        if (!(invocation.getExpression() instanceof LiteralExpression nom) || !methodesBkm.containsKey(normaliser(nom.getText()))
                || !portee.connait(normaliser(nom.getText()))) {
            throw new ConstructionNonPriseEnCharge(element + " : invocation d'une fonction qui n'est pas un modèle de connaissance requis");
        }
        BusinessKnowledgeModel bkm = definitions.getDrgElement().stream().filter(e -> e instanceof BusinessKnowledgeModel
                && normaliser(e.getName()).equals(normaliser(nom.getText()))).map(BusinessKnowledgeModel.class::cast).findFirst().orElseThrow();
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
        return methodesBkm.get(normaliser(nom.getText())) + "(" + String.join(", ", arguments) + ")";
    }

    private String table(DecisionTable table, Portee portee, String element) throws ConstructionNonPriseEnCharge {
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
        String methode = "t" + compteur++;
        List<String> locales = portee.locales();
        StringBuilder corps = new StringBuilder();
        List<String> entrees = new ArrayList<>();
        for (int i = 0; i < table.getInput().size(); i++) {
            String java = methode + "i" + i;
            corps.append("        final Object ").append(java).append(" = ")
                    .append(feel(analyser(table.getInput().get(i).getInputExpression().getText(), portee, false, element), portee, element)).append(";\n");
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
                BaseNode tests_ = analyser(regle.getInputEntry().get(i).getText(), portee, true, element);
                tests.add(testsUnaires(tests_, entrees.get(i), portee, element));
            }
            List<String> sorties = new ArrayList<>();
            List<String> noms = new ArrayList<>();
            for (int i = 0; i < regle.getOutputEntry().size(); i++) {
                sorties.add(feel(analyser(regle.getOutputEntry().get(i).getText(), portee, false, element), portee, element));
                noms.add(table.getOutput().get(i).getName());
            }
            String sortie = table.getOutput().size() == 1 ? sorties.get(0) : contexteJava(noms, sorties);
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
        return methodeLocale(element + " (table de décision)", methode, locales, corps.toString(), "v");
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
            String valeur = feel(unaire.getValue(), portee, element);
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
                bornes.add("Feel.vrai(Feel." + bas + "(" + entree + ", " + feel(intervalle.getStart(), portee, element) + "))");
            }
            if (borne(intervalle.getEnd())) {
                String haut = intervalle.getUpperBound() == RangeNode.IntervalBoundary.CLOSED ? "inferieurOuEgal" : "inferieur";
                bornes.add("Feel.vrai(Feel." + haut + "(" + entree + ", " + feel(intervalle.getEnd(), portee, element) + "))");
            }
            if (bornes.isEmpty()) {
                throw new ConstructionNonPriseEnCharge(element + " : intervalle sans borne « " + test.getText() + " »");
            }
            return "(" + String.join(" && ", bornes) + ")";
        }
        if (test instanceof StringNode || test instanceof NumberNode || test instanceof BooleanNode) {
            return "Feel.vrai(Feel.egal(" + entree + ", " + feel(test, portee, element) + "))";
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

    // ---- FEEL

    private BaseNode analyser(String texte, Portee portee, boolean testsUnaires, String element) throws ConstructionNonPriseEnCharge {
        if (texte == null || texte.isBlank()) {
            throw new ConstructionNonPriseEnCharge(element + " : expression vide");
        }
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

    private String feel(BaseNode noeud, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        if (noeud instanceof NumberNode nombre) {
            return constante(nombre.getValue());
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
            return constante(signe.getSign() == SignedUnaryNode.Sign.NEGATIVE ? nombre.getValue().negate() : nombre.getValue());
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
            return contexteFeel(contexte, portee, element);
        }
        if (noeud instanceof FilterExpressionNode filtre) {
            if (!booleen(filtre.getFilter())) {
                throw new ConstructionNonPriseEnCharge(element + " : filtre « " + filtre.getFilter().getText()
                        + " » (seuls les filtres par une condition sont traduits)");
            }
            String java = "el" + compteur++;
            Portee interieure = new Portee(portee, java);
            return "Feel.filtrer(" + feel(filtre.getExpression(), portee, element) + ", (Object " + java + ") -> "
                    + feel(filtre.getFilter(), interieure, element) + ")";
        }
        if (noeud instanceof ForExpressionNode pour) {
            if (pour.getIterationContexts().size() != 1 || pour.getIterationContexts().get(0).getRangeEndExpr() != null) {
                throw new ConstructionNonPriseEnCharge(element + " : for « " + noeud.getText() + " » (un seul contexte d'itération sur une liste)");
            }
            IterationContextNode iteration = pour.getIterationContexts().get(0);
            String java = "it" + compteur++;
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
        if (methode.equals("et") || methode.equals("ou")) {
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
        if (methodesBkm.containsKey(nom) && portee.connait(nom)) {
            BusinessKnowledgeModel bkm = definitions.getDrgElement().stream().filter(e -> e instanceof BusinessKnowledgeModel
                    && normaliser(e.getName()).equals(nom)).map(BusinessKnowledgeModel.class::cast).findFirst().orElseThrow();
            if (bkm.getEncapsulatedLogic().getFormalParameter().size() != arguments.size()) {
                throw new ConstructionNonPriseEnCharge(element + " : « " + appel.getText() + " » n'a pas le nombre de paramètres de " + nom);
            }
            return methodesBkm.get(nom) + "(" + String.join(", ", arguments) + ")";
        }
        Fonction fonction = FONCTIONS.get(nom);
        if (fonction == null || portee.connait(nom) || arguments.size() < fonction.min() || arguments.size() > fonction.max()
                || nom.equals("date") && arguments.size() == 2) {
            throw new ConstructionNonPriseEnCharge(element + " : fonction « " + nom + " » avec " + arguments.size() + " paramètre(s) non traduite");
        }
        return "Feel." + fonction.methode() + "(" + String.join(", ", arguments) + ")";
    }

    private String contexteFeel(ContextNode contexte, Portee portee, String element) throws ConstructionNonPriseEnCharge {
        String methode = "f" + compteur++;
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
        return methodeLocale(element + " (contexte FEEL)", methode, locales, corps + "        return " + contexteJava(cles, valeurs) + ";\n", "v");
    }

    /**
     * A method of the generated class for a context or a table, taking the values array and the locals in scope,
     * and the call to it.
     */
    private String methodeLocale(String commentaire, String methode, List<String> locales, String corps, String v) {
        methodes.add("    /** " + commentaire(commentaire) + " */\n    private static Object " + methode + "(Object[] v"
                + locales.stream().map(l -> ", Object " + l).reduce("", String::concat) + ") {\n" + corps + "    }\n");
        return methode + "(" + v + locales.stream().map(l -> ", " + l).reduce("", String::concat) + ")";
    }

    /** A context value: its keys as a constant of the generated class, its values in order. */
    private String contexteJava(List<String> cles, List<String> valeurs) {
        String nom = clesDeContextes.computeIfAbsent(List.copyOf(cles), c -> "K" + clesDeContextes.size());
        return "Feel.contexte(" + nom + (valeurs.isEmpty() ? "" : ", " + String.join(", ", valeurs)) + ")";
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
            return List.of("not", "list contains", "all", "any").contains(normaliser(appel.getName().getText()));
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

    private String coercion(String valeur, InformationItem variable) {
        return liste(variable.getTypeRef() == null ? null : variable.getTypeRef().getLocalPart()) ? valeur : "Feel.unique(" + valeur + ")";
    }

    private boolean liste(String type) {
        return type != null && typesListe.getOrDefault(type, false);
    }

    private String constante(BigDecimal valeur) {
        return constantes.computeIfAbsent(valeur, v -> "N" + constantes.size());
    }

    private static String nomDefini(NameDefNode def) {
        return def.getName() != null ? def.getName() : String.join(" ", def.getParts());
    }

    static String normaliser(String nom) {
        return nom == null ? null : nom.strip().replaceAll("\\s+", " ");
    }

    static String litteral(String texte) {
        StringBuilder java = new StringBuilder("\"");
        for (char c : texte.toCharArray()) {
            switch (c) {
                case '"' -> java.append("\\\"");
                case '\\' -> java.append("\\\\");
                case '\n' -> java.append("\\n");
                case '\r' -> java.append("\\r");
                case '\t' -> java.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        java.append(String.format("\\u%04x", (int) c));
                    } else {
                        java.append(c);
                    }
                }
            }
        }
        return java.append('"').toString();
    }

    private static String commentaire(String texte) {
        return texte.replace("*/", "* /");
    }

    /**
     * The FEEL names visible where an expression is written, mapped to their Java expressions ({@code null}: a
     * business knowledge model, called by name). Inside a list filter, {@code element} is the Java name of the element
     * being tested: a name is then the element's entry first (KIE's frame with the element as root object).
     */
    private static final class Portee {
        final Portee parent;
        final String element;
        final Map<String, String> noms = new LinkedHashMap<>();

        Portee(Portee parent, String element) {
            this.parent = parent;
            this.element = element;
        }

        String resoudre(String nom) {
            if (noms.containsKey(nom) && noms.get(nom) != null) {
                return noms.get(nom);
            }
            if (element != null) {
                if (nom.equals("item")) {
                    return element;
                }
                String autour = parent.resoudre(nom);
                return "Feel.nomDansFiltre(" + element + ", " + litteral(nom) + ", " + (autour == null ? "Feel.ABSENT" : autour) + ")";
            }
            return parent == null ? null : parent.resoudre(nom);
        }

        boolean connait(String nom) {
            return noms.containsKey(nom) || parent != null && parent.connait(nom);
        }

        Set<String> tousLesNoms() {
            Set<String> tous = parent == null ? new LinkedHashSet<>() : parent.tousLesNoms();
            tous.addAll(noms.keySet());
            if (element != null) {
                tous.add("item");
            }
            return tous;
        }

        /** The Java locals visible here (parameters, context entries, filter elements, iteration variables), outermost first. */
        List<String> locales() {
            List<String> locales = parent == null ? new ArrayList<>() : parent.locales();
            for (String java : noms.values()) {
                if (java != null && !java.startsWith("v[") && !locales.contains(java)) {
                    locales.add(java);
                }
            }
            if (element != null && !locales.contains(element)) {
                locales.add(element);
            }
            return locales;
        }
    }
}
