package fr.enmr.allocation.scenario;

import fr.enmr.dossier.LibellesDesCodes;
import fr.enmr.allocation.candidats.CandidatScenario;
import java.math.BigDecimal;
import java.util.Set;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.enmr.problem.Identifiants;
import fr.enmr.problem.Violation;

/**
 * The contract's checks on a scenario request that the JSON reader cannot make (scenario-api.md):
 * ranges, region codes in the per-region maps, required candidate fields, unique references.
 * Every bad field is named, in French, in one answer.
 */
public final class ValidationScenario {

    public static final int CANDIDATS_MAX = 50_000;
    public static final int DUREE_MAX_SECONDES = 3_600;
    private static final BigDecimal POIDS_MAX = BigDecimal.valueOf(100);

    private ValidationScenario() {
    }

    /**
     * Checks a JSON request: its candidates must be inline or come from a source, not both.
     *
     * @param regions the region codes of the rule version in force (its vocabulary)
     */
    public static List<Violation> demande(DemandeScenario demande, Collection<String> regions) {
        if (demande == null) {
            return List.of(new Violation("corps", "corps de requête JSON obligatoire"));
        }
        List<Violation> violations = new ArrayList<>(nomEtParametres(demande.nom(), demande.parametres(), regions));
        if (demande.candidats() != null && demande.source() != null) {
            violations.add(new Violation("source", "donner soit « candidats », soit « source », pas les deux"));
        } else if (demande.candidats() == null && demande.source() == null) {
            violations.add(new Violation("candidats", "champ obligatoire (ou bien « source »)"));
        } else if (demande.source() != null && demande.source().campagne() == null) {
            violations.add(new Violation("source.campagne", "champ obligatoire"));
        }
        if (demande.source() != null && demande.source().version() != null && demande.source().version().isBlank()) {
            violations.add(new Violation("source.version", "identifiant de version de règles vide : donnez-en un, ou omettez le champ"));
        }
        if (demande.candidats() != null) {
            violations.addAll(candidats(demande.candidats(), regions));
        }
        violations.sort(Comparator.comparing(Violation::champ));
        return violations;
    }

    /**
     * Checks that the ministry's imposed choices can hold, once the candidates are known (inline, CSV or
     * from stored decisions) and the parameters complete (places and envelope by default included).
     */
    public static List<Violation> imposesPossibles(ParametresScenario complets, List<CandidatScenario> candidats) {
        List<Violation> violations = new ArrayList<>(ValidationImposes.possibles(complets, candidats));
        violations.addAll(minimumsAtteignables(complets, candidats));
        return violations;
    }

    /**
     * A region's own minimum needs at least one eligible candidate of that region: otherwise the ministry learns of it
     * before the solve, not in its result (minimumParDefaut, which applies to every region, is left to the result).
     */
    static List<Violation> minimumsAtteignables(ParametresScenario parametres, List<CandidatScenario> candidats) {
        Set<String> avecEligible = candidats.stream().filter(c -> Boolean.TRUE.equals(c.eligible()))
                .map(CandidatScenario::region).collect(Collectors.toSet());
        return parametres.minimumParRegion().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0 && !avecEligible.contains(e.getKey()))
                .map(e -> new Violation("parametres.minimumParRegion." + e.getKey(), "aucun candidat éligible de "
                        + LibellesDesCodes.region(e.getKey()) + " dans le scénario : ce minimum ne peut pas être atteint"))
                .toList();
    }

    /** Checks the new name of a stored scenario: given, not blank, at most 200 characters (as at creation). */
    public static List<Violation> nouveauNom(String nom) {
        if (nom == null || nom.isBlank()) {
            return List.of(new Violation("nom", "champ obligatoire : le nouveau nom du scénario, non vide"));
        }
        return nomEtParametres(nom, null, List.of());
    }

    public static List<Violation> nomEtParametres(String nom, ParametresScenario parametres, Collection<String> regions) {
        List<Violation> violations = new ArrayList<>();
        if (nom != null && nom.length() > 200) {
            violations.add(new Violation("nom", "au plus 200 caractères"));
        }
        if (parametres == null) {
            return violations;
        }
        if (parametres.places() != null && parametres.places() < 1) {
            violations.add(new Violation("parametres.places", "doit être un entier supérieur ou égal à 1"));
        }
        montant(violations, "parametres.enveloppe", parametres.enveloppe());
        if (parametres.minimumParDefaut() != null && parametres.minimumParDefaut() < 0) {
            violations.add(new Violation("parametres.minimumParDefaut", "doit être un entier supérieur ou égal à 0"));
        }
        parRegion(violations, "parametres.minimumParRegion", parametres.minimumParRegion(), regions);
        parRegion(violations, "parametres.maximumParRegion", parametres.maximumParRegion(), regions);
        minimumsAuDessusDesMaximums(violations, parametres, regions);
        poids(violations, "parametres.poidsZoneFragile", parametres.poidsZoneFragile());
        poids(violations, "parametres.poidsPremierRang", parametres.poidsPremierRang());
        Integer duree = parametres.dureeMaxSecondes();
        if (duree != null && (duree < 1 || duree > DUREE_MAX_SECONDES)) {
            violations.add(new Violation("parametres.dureeMaxSecondes", "doit être compris entre 1 et " + DUREE_MAX_SECONDES));
        }
        violations.addAll(ValidationImposes.forme(parametres.imposes()));
        return violations;
    }

    /** Checks a candidate list, whether it came as JSON or as CSV lines, against the region codes in force. */
    public static List<Violation> candidats(List<CandidatScenario> candidats, Collection<String> regions) {
        List<Violation> violations = new ArrayList<>();
        if (candidats.isEmpty()) {
            violations.add(new Violation("candidats", "au moins un candidat est attendu"));
        }
        if (candidats.size() > CANDIDATS_MAX) {
            violations.add(new Violation("candidats", "au plus " + CANDIDATS_MAX + " candidats"));
            return violations;
        }
        Map<String, Integer> vues = new HashMap<>();
        for (int i = 0; i < candidats.size(); i++) {
            String champ = "candidats[" + i + "]";
            CandidatScenario c = candidats.get(i);
            if (c == null) {
                violations.add(new Violation(champ, "élément vide interdit dans la liste"));
                continue;
            }
            if (c.reference() == null) {
                violations.add(new Violation(champ + ".reference", "champ obligatoire"));
            } else if (!Identifiants.valide(c.reference())) {
                violations.add(new Violation(champ + ".reference", Identifiants.MESSAGE));
            } else {
                Integer premier = vues.putIfAbsent(c.reference(), i);
                if (premier != null) {
                    violations.add(new Violation(champ + ".reference", "« " + c.reference() + " » figure déjà dans la liste (candidats["
                            + premier + "]) : chaque reference doit être unique"));
                }
            }
            if (c.nom() != null && c.nom().length() > 200) {
                violations.add(new Violation(champ + ".nom", "au plus 200 caractères"));
            }
            obligatoire(violations, champ + ".region", c.region());
            if (c.region() != null && !regions.contains(c.region())) {
                violations.add(new Violation(champ + ".region", regionInconnue(c.region(), regions)));
            }
            obligatoire(violations, champ + ".cout", c.cout());
            montant(violations, champ + ".cout", c.cout());
            obligatoire(violations, champ + ".patienteleRetenue", c.patienteleRetenue());
            if (c.patienteleRetenue() != null && c.patienteleRetenue() < 0) {
                violations.add(new Violation(champ + ".patienteleRetenue", "doit être un entier supérieur ou égal à 0"));
            }
            if (c.rangArs() != null && c.rangArs() < 1) {
                violations.add(new Violation(champ + ".rangArs", "doit être un entier supérieur ou égal à 1"));
            }
            obligatoire(violations, champ + ".eligible", c.eligible());
        }
        return violations;
    }

    private static void obligatoire(List<Violation> violations, String champ, Object valeur) {
        if (valeur == null) {
            violations.add(new Violation(champ, "champ obligatoire"));
        }
    }

    private static void montant(List<Violation> violations, String champ, BigDecimal montant) {
        if (montant == null) {
            return;
        }
        if (montant.signum() < 0) {
            violations.add(new Violation(champ, "doit être supérieur ou égal à 0"));
        } else if (montant.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(champ, "au plus 2 décimales (montant en euros)"));
        } else if (montant.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
            violations.add(new Violation(champ, "au plus 1 000 milliards d'euros"));
        }
    }

    private static void poids(List<Violation> violations, String champ, BigDecimal poids) {
        if (poids == null) {
            return;
        }
        if (poids.signum() <= 0 || poids.compareTo(POIDS_MAX) > 0) {
            violations.add(new Violation(champ, "doit être strictement positif et au plus 100"));
        } else if (poids.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(champ, "au plus 2 décimales"));
        }
    }

    private static void parRegion(List<Violation> violations, String champ, Map<String, Integer> parRegion, Collection<String> regions) {
        if (parRegion == null) {
            return;
        }
        parRegion.forEach((region, nombre) -> {
            if (!regions.contains(region)) {
                violations.add(new Violation(champ + "." + region, regionInconnue(region, regions)));
            } else if (nombre == null || nombre < 0) {
                violations.add(new Violation(champ + "." + region, "doit être un entier supérieur ou égal à 0"));
            }
        });
    }

    private static void minimumsAuDessusDesMaximums(List<Violation> violations, ParametresScenario parametres, Collection<String> regions) {
        if (parametres.minimumParRegion() == null || parametres.maximumParRegion() == null) {
            return;
        }
        parametres.maximumParRegion().forEach((region, maximum) -> {
            Integer minimum = parametres.minimumParRegion().get(region);
            if (regions.contains(region) && minimum != null && maximum != null && minimum > maximum) {
                violations.add(new Violation("parametres.maximumParRegion." + region,
                        "inférieur au minimum demandé pour la région (" + minimum + ")"));
            }
        });
    }

    private static String regionInconnue(String region, Collection<String> regions) {
        return "région inconnue des règles en vigueur : valeurs admises : " + String.join(", ", regions);
    }
}
