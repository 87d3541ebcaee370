package fr.enmr.allocation.solver.justifications;

import fr.enmr.dossier.LibellesDesCodes;
import org.optaplanner.core.api.score.stream.ConstraintJustification;


/** A region has more retained teams than its maximum. */
public record MaximumRegionalDepasse(String region, long retenus, int maximum) implements ConstraintJustification, Justification {

    @Override
    public String description() {
        return LibellesDesCodes.region(region) + " : " + retenus + " équipes retenues pour un maximum de " + maximum + " (" + (retenus - maximum) + " de trop).";
    }
}
