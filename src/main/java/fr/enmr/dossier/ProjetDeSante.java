package fr.enmr.dossier;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The team's projet de santé (contract: projetDeSante). */
public record ProjetDeSante(
        Boolean formalise,
        LocalDate dateTransmissionArs,
        @Size(max = Messages.LISTE_MAX, message = Messages.LISTE) List<@NotNull(message = Messages.ELEMENT_NUL) String> axes) {
}
