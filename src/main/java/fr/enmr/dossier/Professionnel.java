package fr.enmr.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One line of the team: a number of professionals of one profession, their weekly half-days, adherent or not. */
public record Professionnel(
        @NotNull(message = Messages.OBLIGATOIRE) String profession,
        @NotNull(message = Messages.OBLIGATOIRE) @Min(value = 0, message = Messages.POSITIF) @Max(value = 10_000, message = Messages.TROP_GRAND) Integer nombre,
        @NotNull(message = Messages.OBLIGATOIRE) @Min(value = 0, message = "doit être compris entre 0 et 14")
        @Max(value = 14, message = "doit être compris entre 0 et 14") Integer demiJourneesHebdo,
        @NotNull(message = Messages.OBLIGATOIRE) Boolean adherent) {
}
