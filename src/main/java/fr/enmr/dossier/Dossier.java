package fr.enmr.dossier;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A team's dossier as an ARS sends it (decision-api.md, POST /api/decisions).
 * Only reference, campagne and the structure's type and region are required; absent parts are
 * read by the rules as "not provided" (criterion not met, count 0), never guessed.
 */
public record Dossier(
        @NotNull(message = Messages.OBLIGATOIRE) @Pattern(regexp = Messages.CODE_REGEX, message = Messages.CODE) String reference,
        @NotNull(message = Messages.OBLIGATOIRE) String campagne,
        @Min(value = 1900, message = Messages.ANNEE) @Max(value = 2100, message = Messages.ANNEE) Integer annee,
        @NotNull(message = Messages.OBLIGATOIRE) @Valid Structure structure,
        @Valid ProjetDeSante projetDeSante,
        @Size(max = Messages.LISTE_MAX, message = Messages.LISTE) List<@NotNull(message = Messages.ELEMENT_NUL) @Valid Professionnel> professionnels,
        @Valid Patientele patientele,
        Boolean premiereAnnee,
        @Size(max = Messages.LISTE_MAX, message = Messages.LISTE) List<@NotNull(message = Messages.ELEMENT_NUL) @Valid Indicateur> indicateurs,
        @Size(max = Messages.LISTE_MAX, message = Messages.LISTE) List<@NotNull(message = Messages.ELEMENT_NUL) @Valid ProgrammeEtp> programmesEtp) {

    public List<Professionnel> professionnelsOuVide() {
        return professionnels == null ? List.of() : professionnels;
    }

    public List<Indicateur> indicateursOuVide() {
        return indicateurs == null ? List.of() : indicateurs;
    }

    public List<ProgrammeEtp> programmesEtpOuVide() {
        return programmesEtp == null ? List.of() : programmesEtp;
    }
}
