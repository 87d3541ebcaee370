package fr.enmr.allocation.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

import fr.enmr.dossier.Region;

/** A region has more retained teams than its maximum. */
public record MaximumRegionalDepasse(Region region, long retenus, int maximum) implements ConstraintJustification, Justification {

    @Override
    public String description() {
        return region.nom() + " : " + retenus + " équipes retenues pour un maximum de " + maximum + " (" + (retenus - maximum) + " de trop).";
    }
}
