package fr.enmr.dossier;

import jakarta.validation.constraints.Min;

/** The patientèle counts the patientèle retenue is made of (contract: patientele). */
public record Patientele(
        @Min(value = 0, message = Messages.POSITIF) Integer adultesMedecinTraitant,
        @Min(value = 0, message = Messages.POSITIF) Integer enfants6a16DeuxConsultations) {
}
