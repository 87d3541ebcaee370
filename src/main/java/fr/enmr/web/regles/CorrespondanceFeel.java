package fr.enmr.web.regles;

import java.util.List;
import java.util.Map;

import org.kie.dmn.feel.FEEL;
import org.kie.dmn.feel.lang.EvaluationContext;
import org.kie.dmn.feel.lang.impl.FEELBuilder;
import org.kie.dmn.feel.lang.impl.FEELImpl;
import org.kie.dmn.feel.runtime.UnaryTest;

/** Whether a value satisfies a decision table's input entry, judged by the KIE FEEL engine, as the model is. */
final class CorrespondanceFeel {

    private final FEEL feel = FEELBuilder.builder().build();

    boolean satisfait(String entree, Object valeur) {
        if (entree.isBlank() || entree.equals("-")) {
            return true;
        }
        List<UnaryTest> tests = feel.evaluateUnaryTests(entree);
        EvaluationContext contexte = ((FEELImpl) feel).newEvaluationContext(List.of(), Map.of());
        return tests != null && tests.stream().anyMatch(t -> Boolean.TRUE.equals(t.apply(contexte, valeur)));
    }
}
