package fr.enmr.decision;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.ast.BusinessKnowledgeModelNode;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.model.api.DMNElement;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.DRGElement;

import fr.enmr.problem.Probleme;
import fr.enmr.problem.Violation;

/**
 * The errors of an evaluation of a DMN model, as analysts read them: each under the name of its
 * input or decision (KIE gives an internal id), its cause in French with KIE's own text beside it,
 * and without the decisions KIE merely skipped because one they depend on failed.
 */
final class ErreursDmn {

    private final Map<String, String> nomParId;
    private final Map<String, String> typeParEntree;

    ErreursDmn(DMNModel model) {
        this.nomParId = new HashMap<>();
        model.getInputs().forEach(entree -> nomParId.put(entree.getId(), entree.getName()));
        List<DRGElement> elements = Stream.concat(model.getDecisions().stream().map(DecisionNode::getDecision),
                model.getBusinessKnowledgeModels().stream().map(BusinessKnowledgeModelNode::getBusinessKnowledModel)).toList();
        for (DRGElement element : elements) {
            nomParId.put(element.getId(), element.getName());
            descendants(element).forEach(e -> nomParId.putIfAbsent(e.getId(), element.getName()));
        }
        this.typeParEntree = model.getInputs().stream()
                .collect(Collectors.toMap(InputDataNode::getId, e -> e.getType().getName()));
    }

    List<Violation> violations(DMNResult result) {
        Set<String> sautees = result.getDecisionResults().stream()
                .filter(d -> d.getEvaluationStatus() == DMNDecisionResult.DecisionEvaluationStatus.SKIPPED)
                .map(DMNDecisionResult::getDecisionId)
                .collect(Collectors.toSet());
        List<DMNMessage> erreurs = result.getMessages(DMNMessage.Severity.ERROR);
        List<DMNMessage> causes = erreurs.stream().filter(m -> !sautees.contains(m.getSourceId())).toList();
        // the innermost message of an element comes first: keep one per element
        return (causes.isEmpty() ? erreurs : causes).stream()
                .map(this::violation)
                .collect(Collectors.toMap(Violation::champ, Function.identity(), (premiere, suivante) -> premiere, LinkedHashMap::new))
                .values().stream().toList();
    }

    private Violation violation(DMNMessage message) {
        String id = message.getSourceId();
        String champ = id == null ? "corps" : nomParId.getOrDefault(id, id);
        return new Violation(champ, cause(message, typeParEntree.get(id)), Probleme.sansNomDeClasse(message.getMessage()));
    }

    private static String cause(DMNMessage message, String typeDeclare) {
        if (typeDeclare != null) {
            return message.getMessageType() == DMNMessageType.REQ_NOT_FOUND
                    ? "entrée absente : le modèle en a besoin"
                    : "valeur non conforme au type déclaré de l'entrée (" + typeDeclare + ")";
        }
        return switch (message.getMessageType()) {
            case REQ_NOT_FOUND -> "une dépendance de cet élément est absente";
            case FEEL_EVALUATION_ERROR, ERR_EVAL_CTX -> "erreur d'évaluation d'une expression FEEL";
            case INVOCATION_ERROR -> "l'appel d'une fonction (BKM) a échoué";
            default -> "évaluation impossible : valeur absente ou hors du type déclaré";
        };
    }

    private static Stream<DMNElement> descendants(DMNModelInstrumentedBase parent) {
        return parent.getChildren().stream().flatMap(enfant -> Stream.concat(
                enfant instanceof DMNElement e && e.getId() != null ? Stream.of(e) : Stream.empty(), descendants(enfant)));
    }
}
