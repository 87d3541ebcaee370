package fr.enmr.regles.differences;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kie.dmn.model.api.ChildExpression;
import org.kie.dmn.model.api.Conditional;
import org.kie.dmn.model.api.Context;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.Filter;
import org.kie.dmn.model.api.FunctionDefinition;
import org.kie.dmn.model.api.InformationItem;
import org.kie.dmn.model.api.Invocation;
import org.kie.dmn.model.api.List;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.NamedElement;
import org.kie.dmn.model.api.Relation;

/**
 * A DMN expression (as KIE's unmarshaller reads it) seen as a tree: a kind, a head (what the expression
 * says besides its parts: a function's parameters, the function a call invokes) and named parts
 * (context entries, arguments, list items, branches). Literal expressions and decision tables are leaves.
 */
final class ExpressionsDmn {

    /** @param parties named parts in document order; a part named "" stands where its parent stands (a function's body) */
    record Noeud(String genre, String tete, Map<String, Expression> parties) {
    }

    private ExpressionsDmn() {
    }

    static Noeud noeud(Expression expression) {
        Map<String, Expression> parties = new LinkedHashMap<>();
        if (expression instanceof Context contexte) {
            contexte.getContextEntry().forEach(e -> parties.put(nom(e.getVariable(), "résultat"), e.getExpression()));
            return new Noeud("contexte", "", parties);
        }
        if (expression instanceof Invocation appel) {
            appel.getBinding().forEach(b -> parties.put(nom(b.getParameter(), "?"), b.getExpression()));
            return new Noeud("appel", rendu(appel.getExpression()), parties);
        }
        if (expression instanceof FunctionDefinition fonction) {
            parties.put("", fonction.getExpression());
            String parametres = fonction.getFormalParameter().stream().map(NamedElement::getName).collect(Collectors.joining(", "));
            return new Noeud("fonction", "function(" + parametres + ")" + (fonction.getKind() == null ? "" : " " + fonction.getKind()), parties);
        }
        if (expression instanceof List liste) {
            for (int i = 0; i < liste.getExpression().size(); i++) {
                parties.put("[" + (i + 1) + "]", liste.getExpression().get(i));
            }
            return new Noeud("liste", "", parties);
        }
        if (expression instanceof Relation relation) {
            for (int i = 0; i < relation.getRow().size(); i++) {
                parties.put("ligne " + (i + 1), relation.getRow().get(i));
            }
            return new Noeud("relation", relation.getColumn().stream().map(c -> nom(c, "?")).collect(Collectors.joining(", ")), parties);
        }
        if (expression instanceof Conditional si) {
            parties.put("si", enfant(si.getIf()));
            parties.put("alors", enfant(si.getThen()));
            parties.put("sinon", enfant(si.getElse()));
            return new Noeud("condition", "", parties);
        }
        if (expression instanceof Filter filtre) {
            parties.put("dans", enfant(filtre.getIn()));
            parties.put("filtre", enfant(filtre.getMatch()));
            return new Noeud("filtre", "", parties);
        }
        return new Noeud(genre(expression), "", parties);
    }

    /** Leaves and kinds this reader does not open are named by their kind. */
    static String genre(Expression expression) {
        if (expression == null) {
            return "absente";
        }
        if (expression instanceof LiteralExpression) {
            return "litterale";
        }
        if (expression instanceof DecisionTable) {
            return "table";
        }
        return expression.getClass().getSimpleName().replace("Impl", "");
    }

    /** The expression as one line of text, for an expression added, removed or replaced by another kind. */
    static String rendu(Expression expression) {
        if (expression == null) {
            return null;
        }
        if (expression instanceof LiteralExpression litterale) {
            return texte(litterale.getText());
        }
        if (expression instanceof DecisionTable table) {
            return "table de décision " + table.getHitPolicy() + " (" + table.getRule().size() + " règles)";
        }
        Noeud noeud = noeud(expression);
        String parties = noeud.parties().entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? "" : e.getKey() + ": ") + Optional.ofNullable(rendu(e.getValue())).orElse("(absente)"))
                .collect(Collectors.joining(", "));
        return switch (noeud.genre()) {
            case "contexte" -> "{" + parties + "}";
            case "appel" -> noeud.tete() + "(" + parties + ")";
            case "fonction" -> noeud.tete() + " " + parties;
            case "liste" -> "[" + parties + "]";
            case "relation" -> "relation (" + noeud.tete() + ") [" + parties + "]";
            default -> noeud.genre() + (parties.isEmpty() ? "" : " {" + parties + "}");
        };
    }

    /** Text as written, trimmed. */
    static String texte(String texte) {
        return texte == null ? "" : texte.strip();
    }

    /** Two texts that differ only in spacing say the same thing. */
    static boolean memeTexte(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String texte) {
        return texte == null ? "" : texte.strip().replaceAll("\\s+", " ");
    }

    private static Expression enfant(ChildExpression enfant) {
        return enfant == null ? null : enfant.getExpression();
    }

    private static String nom(InformationItem variable, String defaut) {
        return variable == null || variable.getName() == null ? defaut : variable.getName();
    }
}
