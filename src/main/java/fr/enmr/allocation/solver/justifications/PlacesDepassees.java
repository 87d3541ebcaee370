package fr.enmr.allocation.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** More teams retained than places. */
public record PlacesDepassees(long retenus, int places) implements ConstraintJustification, Justification {

    @Override
    public String description() {
        return retenus + " équipes retenues pour " + places + " places : " + (retenus - places) + " de trop.";
    }
}
