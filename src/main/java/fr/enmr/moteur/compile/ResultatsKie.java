package fr.enmr.moteur.compile;

import org.kie.dmn.api.feel.runtime.events.FEELEvent;
import org.kie.dmn.feel.runtime.functions.FEELFnResult;

/** A KIE built-in function's result as the compiled model takes it: its value, or its error as {@link ErreurFeel}. */
final class ResultatsKie {

    private ResultatsKie() {
    }

    static Object resultat(FEELFnResult<?> resultat) {
        if (resultat.isLeft()) {
            throw new ErreurFeel(resultat.cata(FEELEvent::getMessage, valeur -> ""));
        }
        return resultat.getOrElse(null);
    }
}
