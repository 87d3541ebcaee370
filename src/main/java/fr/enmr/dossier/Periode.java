package fr.enmr.dossier;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** A closed date interval, e.g. an ARS authorisation (fin is checked not to be before debut). */
public record Periode(
        @NotNull(message = Messages.OBLIGATOIRE) LocalDate debut,
        @NotNull(message = Messages.OBLIGATOIRE) LocalDate fin) {
}
