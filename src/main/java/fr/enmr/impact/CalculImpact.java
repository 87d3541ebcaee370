package fr.enmr.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.enmr.moteur.Verdict;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.moteur.MoteurRegles;
import fr.enmr.store.StoredDecision;

/**
 * One stored dossier decided again with the active version and with the version measured, compared by
 * {@link Ecarts}; and the sums over all of them. Thread-safe for judging (compiled rules are shared); the sums
 * are made by one thread at the end.
 */
final class CalculImpact {

    /** One dossier's outcome: its region, and its difference if the two versions disagree. */
    record Issue(String region, Optional<Impact.Difference> difference) {
    }

    private final LecteurDossier lecteur;
    private final MoteurRegles actif;
    private final MoteurRegles version;

    CalculImpact(LecteurDossier lecteur, MoteurRegles actif, MoteurRegles version) {
        this.lecteur = lecteur;
        this.actif = actif;
        this.version = version;
    }

    Issue juger(StoredDecision stockee) {
        return new Issue(stockee.region(), comparer(stockee));
    }

    private Optional<Impact.Difference> comparer(StoredDecision stockee) {
        LecteurDossier.Lecture lecture;
        try {
            lecture = lecteur.lire(stockee.dossierJson());
        } catch (SaisieInvalideException e) {
            return Optional.of(Ecarts.erreur(stockee, null, "le dossier enregistré n'est plus lisible : " + premiere(e)));
        }
        if (!lecture.violations().isEmpty()) {
            return Optional.of(Ecarts.erreur(stockee, null, "le dossier enregistré n'est plus lisible : "
                    + lecture.violations().get(0).champ() + " " + lecture.violations().get(0).message()));
        }
        Verdict avant;
        try {
            avant = actif.juger(lecture);
        } catch (SaisieInvalideException refusParActive) {
            try {
                version.juger(lecture);
                return Optional.of(Ecarts.erreur(stockee, null, "refusé par la version active (" + premiere(refusParActive)
                        + "), accepté par la version mesurée"));
            } catch (SaisieInvalideException refusParLesDeux) {
                return Optional.empty(); // refused by both: nothing changes for it
            }
        }
        try {
            return Ecarts.entre(stockee, avant, version.juger(lecture));
        } catch (SaisieInvalideException e) {
            return Optional.of(Ecarts.erreur(stockee, Ecarts.resultat(avant), "refusé par la version mesurée : " + premiere(e)));
        }
    }

    private static String premiere(SaisieInvalideException e) {
        return e.violations().isEmpty() ? "" : e.violations().get(0).champ() + " " + e.violations().get(0).message();
    }

    /** The sums of a finished job: per region, and over all. */
    static ResultatImpact.Synthese synthese(List<Issue> issues, long secondes) {
        List<Impact.Difference> differences = new ArrayList<>();
        Map<String, int[]> comptes = new TreeMap<>();
        Map<String, BigDecimal> ecarts = new TreeMap<>();
        for (Issue issue : issues) {
            int[] compte = comptes.computeIfAbsent(issue.region(), r -> new int[2]);
            compte[0]++;
            issue.difference().ifPresent(d -> {
                compte[1]++;
                differences.add(d);
                if (d.avant() != null && d.apres() != null) {
                    ecarts.merge(issue.region(), d.apres().total().subtract(d.avant().total()), BigDecimal::add);
                }
            });
        }
        List<ResultatImpact.Region> parRegion = comptes.entrySet().stream()
                .map(e -> new ResultatImpact.Region(e.getKey(), e.getValue()[0], e.getValue()[1],
                        ecarts.getOrDefault(e.getKey(), BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP)))
                .toList();
        return new ResultatImpact.Synthese(secondes, issues.size(), issues.size() - differences.size(), Impact.Bilan.de(differences),
                parRegion, differences.size());
    }
}
