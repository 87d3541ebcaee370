package fr.enmr.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The structure applying (contract: structure). rangArs defaults to 1, zoneFragile to false. */
public record Structure(
        @Size(max = 200, message = Messages.TEXTE) String nom,
        @NotNull(message = Messages.OBLIGATOIRE) String type,
        String formeJuridique,
        @NotNull(message = Messages.OBLIGATOIRE) String region,
        @Size(max = 3, message = Messages.TEXTE) String departement,
        @Size(max = 64, message = Messages.TEXTE) String territoireDeSante,
        Boolean zoneFragile,
        @Min(value = 1, message = "doit être un entier supérieur ou égal à 1") @Max(value = 10_000, message = Messages.TROP_GRAND) Integer rangArs) {
}
