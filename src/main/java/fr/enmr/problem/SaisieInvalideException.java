package fr.enmr.problem;

import java.util.List;

/** Thrown when a request is well-formed JSON but breaks the contract; answered 400 with every bad field. */
public class SaisieInvalideException extends RuntimeException {

    private final transient List<Violation> violations;

    public SaisieInvalideException(List<Violation> violations) {
        super("saisie invalide: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
