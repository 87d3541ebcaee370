package fr.enmr.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The patientèle counts the patientèle retenue is made of (contract: patientele). */
public record Patientele(
        @Min(value = 0, message = Messages.POSITIF) @Max(value = 10_000_000, message = Messages.TROP_GRAND) Integer adultesMedecinTraitant,
        @Min(value = 0, message = Messages.POSITIF) @Max(value = 10_000_000, message = Messages.TROP_GRAND) Integer enfants6a16DeuxConsultations) {
}
