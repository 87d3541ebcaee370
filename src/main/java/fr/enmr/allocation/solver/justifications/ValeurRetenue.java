package fr.enmr.allocation.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

import fr.enmr.allocation.domain.Nombres;
import fr.enmr.allocation.domain.Valeur;

/** What a retained team brings to the objective. */
public record ValeurRetenue(String reference, int patienteleRetenue, long points) implements ConstraintJustification, Justification {

    @Override
    public String description() {
        return reference + " apporte une valeur de " + Nombres.texte(Valeur.depuisPoints(points))
                + " (patientèle retenue " + Nombres.texte(patienteleRetenue) + ", pondérée).";
    }
}
