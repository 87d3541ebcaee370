package fr.enmr.dossier;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A therapeutic patient education programme run by the site (contract: programmesEtp[]). */
public record ProgrammeEtp(
        @NotNull(message = Messages.OBLIGATOIRE) @Pattern(regexp = Messages.CODE_REGEX, message = Messages.CODE) String identifiant,
        String pathologie,
        @Valid Periode autorisationArs,
        Boolean conformeCahierDesCharges,
        @Size(max = Messages.LISTE_MAX, message = Messages.LISTE) List<@NotNull(message = Messages.ELEMENT_NUL) String> professionsEquipe,
        Boolean coordonneParMedecin,
        @Min(value = 0, message = Messages.POSITIF) @Max(value = 1_000_000, message = Messages.TROP_GRAND) Integer patientsProgrammeComplet,
        @Min(value = 0, message = Messages.POSITIF) @Max(value = 1_000_000, message = Messages.TROP_GRAND) Integer fileActive,
        @Min(value = 0, message = Messages.POSITIF) @Max(value = 1_000_000, message = Messages.TROP_GRAND) Integer fileActiveAnneePrecedente,
        @Min(value = 1900, message = Messages.ANNEE) @Max(value = 2100, message = Messages.ANNEE) Integer anneeDemarrage) {
}
