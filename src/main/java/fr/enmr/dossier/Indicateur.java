package fr.enmr.dossier;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A public-health or efficiency objective with its target and achieved value; sens defaults to HAUSSE. */
public record Indicateur(
        @NotNull(message = Messages.OBLIGATOIRE) @Pattern(regexp = Messages.CODE_REGEX, message = Messages.CODE) String code,
        @NotNull(message = Messages.OBLIGATOIRE) @DecimalMin(value = "0", message = Messages.DECIMAL_POSITIF) @DecimalMax(value = "1000000000", message = Messages.TROP_GRAND) BigDecimal cible,
        @NotNull(message = Messages.OBLIGATOIRE) @DecimalMin(value = "0", message = Messages.DECIMAL_POSITIF) @DecimalMax(value = "1000000000", message = Messages.TROP_GRAND) BigDecimal realise,
        String sens) {
}
