package fr.enmr.allocation.scenario;

import static fr.enmr.allocation.solver.AllocationConstraintProvider.ENVELOPPE;
import static fr.enmr.allocation.solver.AllocationConstraintProvider.MAXIMUM_REGIONAL;
import static fr.enmr.allocation.solver.AllocationConstraintProvider.MINIMUM_REGIONAL;
import static fr.enmr.allocation.solver.AllocationConstraintProvider.PLACES;
import static fr.enmr.allocation.solver.AllocationConstraintProvider.SEULEMENT_ELIGIBLES;
import static fr.enmr.allocation.solver.AllocationConstraintProvider.VALEUR;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Centimes;
import fr.enmr.allocation.domain.Valeur;

/** Constraint by constraint scores of a selection, what changes between two selections, and what a change means in French. */
final class EcartsDeScore {

    private EcartsDeScore() {
    }

    /** What a constraint's change in score means, in French, with the score itself. */
    static String effet(String contrainte, HardMediumSoftLongScore ecart) {
        String score = " (" + ecart.toShortString() + ")";
        return switch (contrainte) {
            case PLACES -> (ecart.hardScore() < 0 ? -ecart.hardScore() + " place(s) de trop" : "libère une place au-delà du nombre de places") + score;
            case ENVELOPPE -> (ecart.hardScore() < 0 ? "dépasserait l'enveloppe de " + Centimes.texte(-ecart.hardScore())
                    : "réduirait le dépassement de l'enveloppe de " + Centimes.texte(ecart.hardScore())) + score;
            case MAXIMUM_REGIONAL -> (ecart.hardScore() < 0 ? "dépasserait le maximum de la région" : "ramènerait la région vers son maximum") + score;
            case SEULEMENT_ELIGIBLES -> "retiendrait un candidat non éligible" + score;
            case VALEUR -> (ecart.softScore() >= 0 ? "ajouterait " + Textes.nombre(Valeur.depuisPoints(ecart.softScore()))
                    : "retirerait " + Textes.nombre(Valeur.depuisPoints(-ecart.softScore()))) + " de valeur" + score;
            default -> (ecart.mediumScore() > 0 ? "comblerait " + ecart.mediumScore() + " manque(s) au minimum régional"
                    : "ouvrirait " + -ecart.mediumScore() + " manque(s) au minimum régional") + score;
        };
    }

    static Map<String, HardMediumSoftLongScore> scores(ScoreExplanation<Allocation, HardMediumSoftLongScore> explication) {
        Map<String, HardMediumSoftLongScore> scores = new LinkedHashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explication.getConstraintMatchTotalMap().values()) {
            scores.merge(nomAffiche(total.getConstraintName()), total.getScore(), HardMediumSoftLongScore::add);
        }
        return scores;
    }

    /** Both halves of the regional minimum read as one rule to the ministry. */
    static String nomAffiche(String contrainte) {
        return contrainte.startsWith(MINIMUM_REGIONAL) ? MINIMUM_REGIONAL : contrainte;
    }

    /** Constraint by constraint, what changes from one selection to the other (only the changes). */
    static Map<String, HardMediumSoftLongScore> ecarts(Map<String, HardMediumSoftLongScore> avant, Map<String, HardMediumSoftLongScore> apres) {
        Map<String, HardMediumSoftLongScore> ecarts = new LinkedHashMap<>();
        Set<String> noms = new HashSet<>(avant.keySet());
        noms.addAll(apres.keySet());
        for (String nom : List.of(SEULEMENT_ELIGIBLES, PLACES, ENVELOPPE, MAXIMUM_REGIONAL, MINIMUM_REGIONAL, VALEUR)) {
            if (noms.contains(nom)) {
                HardMediumSoftLongScore ecart = apres.getOrDefault(nom, HardMediumSoftLongScore.ZERO)
                        .subtract(avant.getOrDefault(nom, HardMediumSoftLongScore.ZERO));
                if (!ecart.isZero()) {
                    ecarts.put(nom, ecart);
                }
            }
        }
        return ecarts;
    }
}
