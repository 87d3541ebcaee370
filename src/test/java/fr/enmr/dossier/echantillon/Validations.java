package fr.enmr.dossier.echantillon;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import fr.enmr.dossier.Dossier;

/** Bean Validation of the contract records, outside Quarkus. */
final class Validations {

    private static final ValidatorFactory FABRIQUE = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATEUR = FABRIQUE.getValidator();

    private Validations() {
    }

    /** Every violation of every dossier, as "reference: field message", for a readable failure. */
    static List<String> violations(List<Dossier> dossiers) {
        return dossiers.stream()
                .flatMap(dossier -> VALIDATEUR.validate(dossier).stream()
                        .map(v -> dossier.reference() + ": " + v.getPropertyPath() + " " + v.getMessage()))
                .collect(Collectors.toList());
    }
}
