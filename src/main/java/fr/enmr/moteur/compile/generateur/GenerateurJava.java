package fr.enmr.moteur.compile.generateur;

import static fr.enmr.moteur.compile.generateur.TexteJava.commentaire;
import static fr.enmr.moteur.compile.generateur.TexteJava.litteral;
import static fr.enmr.moteur.compile.generateur.TexteJava.normaliser;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.InputData;

/**
 * Writes a DMN model as a plain Java class implementing {@code fr.enmr.moteur.compile.ModeleJava}: the DMN read with
 * KIE's unmarshaller, each FEEL text parsed with KIE's FEEL parser, each construct translated to calls of
 * {@code fr.enmr.moteur.compile.Feel} (KIE's operators and functions) in dependency order, with the coercions KIE's
 * DMN runtime applies (a one-element list taken as its element for a decision, context entry or parameter whose type
 * is not a list). What it does not translate fails with {@link ConstructionNonPriseEnCharge} naming the element: the
 * model is then decided by KIE.
 * <p>
 * The jobs: {@link Graphe} orders the decisions, {@link ExpressionsEncadrees} translates the boxed expressions (with
 * {@link TablesDeDecision} and {@link TraductionFeel}), {@link ClasseEnCours} gathers the class's parts, and this
 * class writes the source. This package names the runtime classes only in the text it writes, so it depends on none.
 */
public final class GenerateurJava {

    private final Definitions definitions;
    private final ClasseEnCours classe;
    private final Graphe graphe;
    private final ExpressionsEncadrees expressions;

    private GenerateurJava(Definitions definitions) {
        this.definitions = definitions;
        this.classe = new ClasseEnCours(definitions);
        this.graphe = new Graphe(definitions);
        this.expressions = new ExpressionsEncadrees(classe, graphe);
    }

    /**
     * The Java source of a class {@code paquet.classe} implementing {@code ModeleJava} for this DMN text.
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

    private String classe(String paquet, String nomClasse, String empreinte) throws ConstructionNonPriseEnCharge {
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
                classe.declarerBkm(bkm);
            } else if (!element.getClass().getSimpleName().startsWith("KnowledgeSource")) {
                throw new ConstructionNonPriseEnCharge(element.getName() + " : élément " + element.getClass().getSimpleName());
            }
        }
        for (DRGElement element : definitions.getDrgElement()) {
            if (element instanceof BusinessKnowledgeModel bkm) {
                expressions.bkm(bkm);
            }
        }
        List<Decision> ordre = graphe.ordre(decisions);
        // every input and decision has its slot in the values array: inputs first, then decisions in order
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
            decision(decision, methode, index);
            corps.append("        v[").append(index.get(decision.getName())).append("] = ").append(methode).append("(v);\n");
        }
        return source(paquet, nomClasse, empreinte, index, corps);
    }

    /** A decision's method: its value from those it requires, coerced to its type. */
    private void decision(Decision decision, String methode, Map<String, Integer> index) throws ConstructionNonPriseEnCharge {
        Portee portee = new Portee(null, null);
        List<String> requisDeLaDecision = graphe.requis(decision.getInformationRequirement(), decision.getKnowledgeRequirement(), decision.getName());
        for (String requis : requisDeLaDecision) {
            Integer i = index.get(requis);
            portee.noms.put(normaliser(requis), i != null ? "v[" + i + "]" : null);
        }
        String valeur = classe.coercion(expressions.expression(decision.getExpression(), portee, decision.getName(), "v"), decision.getVariable());
        if (requisDeLaDecision.isEmpty() && !valeur.contains("LignesDeTables")) {
            // a decision that requires nothing (a parameter, a list of codes) has one value: computed once, kept
            // read-only. Sound because every function in FonctionsFeel.FONCTIONS is pure: one reading the clock
            // (today(), now()) would have to be excluded here
            classe.methodes.add("    /** " + commentaire(decision.getName()) + ": requires nothing, computed once */\n"
                    + "    private static volatile Object " + methode + "Calculee;\n\n"
                    + "    private static Object " + methode + "(Object[] v) {\n"
                    + "        Object valeur = " + methode + "Calculee;\n"
                    + "        if (valeur == null) {\n"
                    + "            valeur = Feel.figee(" + valeur + ");\n"
                    + "            " + methode + "Calculee = valeur;\n"
                    + "        }\n        return valeur;\n    }\n");
        } else {
            classe.methodes.add("    /** " + commentaire(decision.getName()) + " */\n    private static Object " + methode + "(Object[] v) {\n        return "
                    + valeur + ";\n    }\n");
        }
    }

    /** The class's source: its constants, {@code evaluer} filling the values array, then the methods in the order written. */
    private String source(String paquet, String nomClasse, String empreinte, Map<String, Integer> index, StringBuilder corps) {
        StringBuilder source = new StringBuilder();
        source.append("package ").append(paquet).append(";\n\n")
                .append("import java.math.BigDecimal;\nimport java.util.List;\nimport java.util.Map;\n\n")
                .append("import fr.enmr.moteur.compile.ErreurFeel;\nimport fr.enmr.moteur.compile.Feel;\nimport fr.enmr.moteur.compile.LignesDeTables;\nimport fr.enmr.moteur.compile.ModeleJava;\n\n")
                .append("/** Generated by GenerateurJava from the DMN model « ").append(commentaire(definitions.getName()))
                .append(" »: do not edit, edit the DMN. */\n")
                .append("@SuppressWarnings(\"unused\")\npublic final class ").append(nomClasse).append(" implements ModeleJava {\n\n")
                .append("    private static final List<String> NOMS = List.of(");
        source.append(String.join(", ", index.keySet().stream().map(TexteJava::litteral).toList())).append(");\n");
        classe.constantes.forEach((valeur, nom) -> source.append("    private static final BigDecimal ").append(nom)
                .append(" = new BigDecimal(\"").append(valeur.toString()).append("\");\n"));
        classe.clesDeContextes.forEach((cles, nom) -> source.append("    private static final String[] ").append(nom).append(" = {")
                .append(String.join(", ", cles.stream().map(TexteJava::litteral).toList())).append("};\n"));
        source.append("\n    @Override\n    public List<String> noms() {\n        return NOMS;\n    }\n\n")
                .append("    @Override\n    public String empreinteDmn() {\n        return \"").append(empreinte).append("\";\n    }\n\n")
                .append("    @Override\n    public Object[] evaluer(Map<String, Object> e) {\n        Object[] v = new Object[")
                .append(index.size()).append("];\n").append(corps).append("        return v;\n    }\n");
        for (String methode : classe.methodes) {
            source.append('\n').append(methode);
        }
        return source.append("}\n").toString();
    }
}
