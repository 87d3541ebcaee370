package fr.enmr.allocation.solver.justifications;

import fr.enmr.dossier.LibellesDesCodes;
import org.optaplanner.core.api.score.stream.ConstraintJustification;


/** A region has fewer retained teams than its minimum. */
public record MinimumRegionalManque(String region, long retenus, int minimum, boolean sansCandidat)
        implements ConstraintJustification, Justification {

    @Override
    public String description() {
        String manque = LibellesDesCodes.region(region) + " : " + retenus + " équipe(s) retenue(s) pour un minimum de " + minimum
                + " (il en manque " + (minimum - retenus) + ")";
        return manque + (sansCandidat ? ", aucun candidat de la région dans le scénario." : ".");
    }
}
