package fr.enmr.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bad field of a request: its path in the JSON body (e.g. "professionnels[0].nombre") and a
 * French message; for the analysts' DMN endpoint, {@code moteur} adds the rule engine's own text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String champ, String message, String moteur) {

    public Violation(String champ, String message) {
        this(champ, message, null);
    }
}
