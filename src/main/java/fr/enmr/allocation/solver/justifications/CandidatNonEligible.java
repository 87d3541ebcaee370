package fr.enmr.allocation.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

import fr.enmr.dossier.LibellesDesCodes;

/** A retained team that is not eligible under ENMR_2014. */
public record CandidatNonEligible(String reference) implements ConstraintJustification, Justification {

    @Override
    public String description() {
        return "Le candidat " + reference + " est retenu alors qu'il n'est pas éligible (" + LibellesDesCodes.de("Campagne", "ENMR_2014") + ").";
    }
}
