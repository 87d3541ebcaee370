package fr.enmr.allocation.scenario;

import fr.enmr.dossier.LibellesDesCodes;
import fr.enmr.allocation.candidats.CandidatScenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.enmr.allocation.domain.Centimes;
import fr.enmr.problem.Violation;

/**
 * The checks on the ministry's imposed choices ({@code parametres.imposes}): first their form, then,
 * once the candidates and complete parameters are known, whether they can hold at all. An impossible
 * imposition is refused before anything is stored, naming the choice at fault.
 */
final class ValidationImposes {

    static final String CHAMP = "parametres.imposes";
    static final int MOTIF_MAX = 500;

    private ValidationImposes() {
    }

    /** The form: each choice names a reference and gives a reason; a reference is imposed once, in or out. */
    static List<Violation> forme(Imposes imposes) {
        List<Violation> violations = new ArrayList<>();
        if (imposes == null) {
            return violations;
        }
        Map<String, String> vues = new HashMap<>();
        liste(violations, vues, "retenus", imposes.retenus());
        liste(violations, vues, "exclus", imposes.exclus());
        return violations;
    }

    private static void liste(List<Violation> violations, Map<String, String> vues, String nom, List<Imposes.Choix> choix) {
        if (choix == null) {
            return;
        }
        for (int i = 0; i < choix.size(); i++) {
            String champ = CHAMP + "." + nom + "[" + i + "]";
            Imposes.Choix c = choix.get(i);
            if (c == null) {
                violations.add(new Violation(champ, "élément vide interdit dans la liste"));
                continue;
            }
            if (c.reference() == null || c.reference().isBlank()) {
                violations.add(new Violation(champ + ".reference", "champ obligatoire : la référence du candidat imposé"));
            } else {
                String premier = vues.putIfAbsent(c.reference(), champ);
                if (premier != null) {
                    violations.add(new Violation(champ + ".reference", "« " + c.reference() + " » est déjà imposé (" + premier + ") : "
                            + (premier.startsWith(CHAMP + "." + nom) ? "une seule fois par candidat" : "un candidat ne peut pas être à la fois retenu et exclu")));
                }
            }
            if (c.motif() == null || c.motif().isBlank()) {
                violations.add(new Violation(champ + ".motif", "champ obligatoire : la raison du choix, reprise dans l'explication du candidat"));
            } else if (c.motif().length() > MOTIF_MAX) {
                violations.add(new Violation(champ + ".motif", "au plus " + MOTIF_MAX + " caractères"));
            }
        }
    }

    /**
     * Whether the choices can hold together with these candidates and complete parameters: every
     * reference known, the forced-in teams eligible and within the places, the envelope and each
     * region's maximum.
     */
    static List<Violation> possibles(ParametresScenario parametres, List<CandidatScenario> candidats) {
        List<Violation> violations = new ArrayList<>();
        Imposes imposes = parametres.choixImposes();
        if (imposes.vide()) {
            return violations;
        }
        Map<String, CandidatScenario> parReference = candidats.stream()
                .collect(Collectors.toMap(CandidatScenario::reference, Function.identity(), (a, b) -> a));
        List<CandidatScenario> forces = new ArrayList<>();
        for (int i = 0; i < imposes.retenus().size(); i++) {
            String champ = CHAMP + ".retenus[" + i + "].reference";
            CandidatScenario candidat = connu(violations, champ, imposes.retenus().get(i).reference(), parReference);
            if (candidat != null && !Boolean.TRUE.equals(candidat.eligible())) {
                violations.add(new Violation(champ, "« " + candidat.reference() + " » n'est pas éligible : seul un candidat éligible peut être imposé parmi les retenus"));
            } else if (candidat != null) {
                forces.add(candidat);
            }
        }
        for (int i = 0; i < imposes.exclus().size(); i++) {
            connu(violations, CHAMP + ".exclus[" + i + "].reference", imposes.exclus().get(i).reference(), parReference);
        }
        if (imposes.retenus().size() > parametres.places()) {
            violations.add(new Violation(CHAMP + ".retenus", imposes.retenus().size() + " candidats imposés pour " + parametres.places()
                    + " places (parametres.places) : impossible de tous les retenir"));
        }
        long cout = forces.stream().mapToLong(c -> Centimes.depuisEuros(c.cout())).sum();
        long enveloppe = Centimes.depuisEuros(parametres.enveloppe());
        if (cout > enveloppe) {
            violations.add(new Violation(CHAMP + ".retenus", "les candidats imposés coûtent " + Centimes.texte(cout) + ", plus que l'enveloppe de "
                    + Centimes.texte(enveloppe) + " (parametres.enveloppe) : impossible de tous les retenir"));
        }
        Map<String, Integer> parRegion = new TreeMap<>();
        forces.forEach(c -> parRegion.merge(c.region(), 1, Integer::sum));
        parRegion.forEach((region, nombre) -> {
            Integer maximum = parametres.maximumParRegion().get(region);
            if (maximum != null && nombre > maximum) {
                violations.add(new Violation(CHAMP + ".retenus", nombre + " candidats imposés en " + LibellesDesCodes.region(region) + ", au-delà de son maximum de "
                        + maximum + " (parametres.maximumParRegion." + region + ") : impossible de tous les retenir"));
            }
        });
        return violations;
    }

    private static CandidatScenario connu(List<Violation> violations, String champ, String reference, Map<String, CandidatScenario> parReference) {
        CandidatScenario candidat = parReference.get(reference);
        if (candidat == null) {
            violations.add(new Violation(champ, "« " + reference + " » n'est pas un candidat du scénario"));
        }
        return candidat;
    }
}
