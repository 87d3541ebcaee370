package fr.enmr.allocation.scenario;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How far the solving of a scenario has got: its status, the best score and selection so far,
 * and the history of best scores.
 *
 * @param motif why a scenario stopped early or failed, in French; null otherwise
 * @param secondesEnregistrees the solving time of the best result last written to the store
 *        (what a restart would keep); null before the first write
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Avancement(Statut statut, String score, double secondesEcoulees, List<Point> historique, List<String> retenus,
        String motif, Double secondesEnregistrees) {

    /** One new best score, at that many seconds of solving. */
    public record Point(double secondes, String score) {
    }

    public static Avancement debut() {
        return new Avancement(Statut.EN_COURS, null, 0, List.of(), List.of(), null, null);
    }

    public Avancement avecStatut(Statut nouveau, String raison) {
        return new Avancement(nouveau, score, secondesEcoulees, historique, retenus, raison, secondesEnregistrees);
    }

    public Avancement enregistreeA(double secondes) {
        return new Avancement(statut, score, secondesEcoulees, historique, retenus, motif, secondes);
    }

    public Avancement aSecondes(double secondes) {
        return new Avancement(statut, score, secondes, historique, retenus, motif, secondesEnregistrees);
    }
}
