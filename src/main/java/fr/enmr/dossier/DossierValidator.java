package fr.enmr.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import fr.enmr.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * The contract's checks on a dossier that the JSON reader cannot make: ranges, lengths, required
 * fields (Bean Validation on the records), unique codes and ordered date intervals.
 * The campaign's year range is a rule, so it is checked by the DMN model, not here.
 */
@ApplicationScoped
public class DossierValidator {

    private final Validator validator;

    @Inject
    public DossierValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param deLecture the fields the JSON reader could not read; the checks do not report them twice
     *                  (a field set aside as unreadable is not also "missing")
     */
    public List<Violation> violations(Dossier dossier, List<Violation> deLecture) {
        List<Violation> found = new ArrayList<>(deLecture);
        for (Violation v : violations(dossier)) {
            if (deLecture.stream().noneMatch(lu -> v.champ().equals(lu.champ()) || v.champ().startsWith(lu.champ() + ".")
                    || v.champ().startsWith(lu.champ() + "["))) {
                found.add(v);
            }
        }
        found.sort(Comparator.comparing(Violation::champ));
        return found;
    }

    public List<Violation> violations(Dossier dossier) {
        if (dossier == null) {
            return List.of(new Violation("corps", "corps de requête JSON obligatoire"));
        }
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<Dossier> v : validator.validate(dossier)) {
            found.add(new Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        found.addAll(duplicates("indicateurs", dossier.indicateursOuVide(), Indicateur::code, "code"));
        found.addAll(duplicates("programmesEtp", dossier.programmesEtpOuVide(), ProgrammeEtp::identifiant, "identifiant"));
        List<ProgrammeEtp> programmes = dossier.programmesEtpOuVide();
        for (int i = 0; i < programmes.size(); i++) {
            Periode periode = programmes.get(i) == null ? null : programmes.get(i).autorisationArs();
            if (periode != null && periode.debut() != null && periode.fin() != null && periode.fin().isBefore(periode.debut())) {
                found.add(new Violation("programmesEtp[" + i + "].autorisationArs.fin",
                        "la fin (" + periode.fin() + ") ne doit pas précéder le début (" + periode.debut() + ")"));
            }
        }
        found.sort(Comparator.comparing(Violation::champ));
        return found;
    }

    private static <T> List<Violation> duplicates(String list, List<T> items, Function<T, String> key, String keyName) {
        List<Violation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = items.get(i) == null ? null : key.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                found.add(new Violation(list + "[" + i + "]." + keyName, "« " + value + " » figure déjà dans la liste : chaque " + keyName + " doit être unique"));
            }
        }
        return found;
    }

    /** "professionnels[0].nombre" from a Bean Validation path, whatever the container-element nodes. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
