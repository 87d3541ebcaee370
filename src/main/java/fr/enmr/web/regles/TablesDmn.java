package fr.enmr.web.regles;

import java.util.List;
import java.util.stream.IntStream;

import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.OutputClause;

/** A DMN decision table as the page draws it: inputs, outputs and annotations as columns, one line per rule. */
final class TablesDmn {

    private TablesDmn() {
    }

    static ExpressionVue.Table vue(DecisionTable table) {
        List<String> entrees = table.getInput().stream()
                .map(i -> i.getLabel() != null ? i.getLabel() : LecteurDmn.texte(i.getInputExpression().getText()))
                .toList();
        List<String> expressions = table.getInput().stream().map(i -> LecteurDmn.texte(i.getInputExpression().getText())).toList();
        List<String> sorties = table.getOutput().stream().map(o -> nomDeSortie(table, o)).toList();
        List<String> annotations = table.getAnnotation().stream().map(a -> a.getName()).toList();
        List<ExpressionVue.LigneTable> lignes = IntStream.range(0, table.getRule().size())
                .mapToObj(n -> {
                    var regle = table.getRule().get(n);
                    return new ExpressionVue.LigneTable(n + 1,
                            regle.getInputEntry().stream().map(e -> LecteurDmn.texte(e.getText())).toList(),
                            regle.getOutputEntry().stream().map(e -> LecteurDmn.texte(e.getText())).toList(),
                            regle.getAnnotationEntry().stream().map(e -> LecteurDmn.texte(e.getText())).toList());
                })
                .toList();
        return new ExpressionVue.Table(table.getId(), politique(table), entrees, expressions, sorties, annotations, lignes);
    }

    /** A single output has no name of its own in DMN: the table's output label then names it. */
    private static String nomDeSortie(DecisionTable table, OutputClause sortie) {
        if (sortie.getName() != null && !sortie.getName().isBlank()) {
            return sortie.getName();
        }
        return table.getOutputLabel() != null ? table.getOutputLabel() : "Résultat";
    }

    private static String politique(DecisionTable table) {
        return switch (table.getHitPolicy()) {
            case UNIQUE -> "U — unique : au plus une règle s'applique";
            case FIRST -> "F — première : la première règle qui s'applique";
            case PRIORITY -> "P — priorité : la sortie de plus haute priorité";
            case ANY -> "A — toute : les règles qui s'appliquent donnent la même sortie";
            case COLLECT -> "C — collecte" + (table.getAggregation() == null ? "" : " (" + table.getAggregation().value() + ")");
            case RULE_ORDER -> "R — ordre des règles";
            case OUTPUT_ORDER -> "O — ordre des sorties";
        };
    }
}
