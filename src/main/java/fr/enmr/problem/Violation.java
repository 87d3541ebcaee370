package fr.enmr.problem;

/** One bad field of a request: its path in the JSON body (e.g. "professionnels[0].nombre") and a French message. */
public record Violation(String champ, String message) {
}
