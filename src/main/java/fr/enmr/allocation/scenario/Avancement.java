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
 * @param sansImposes the same scenario solved again without the ministry's imposed choices, to price
 *        them ({@code resultat.prixDesChoix}); null when nothing is imposed or before that solve begins
 * @param secondesProcesseur the CPU seconds the solver's thread actually had for the solve with the
 *        imposed choices, once it ended (less than {@code secondesEcoulees} when other work took the processor)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Avancement(Statut statut, String score, double secondesEcoulees, List<Point> historique, List<String> retenus,
        String motif, Double secondesEnregistrees, SansImposes sansImposes, Double secondesProcesseur) {

    public Avancement(Statut statut, String score, double secondesEcoulees, List<Point> historique, List<String> retenus,
            String motif, Double secondesEnregistrees) {
        this(statut, score, secondesEcoulees, historique, retenus, motif, secondesEnregistrees, null, null);
    }

    public Avancement(Statut statut, String score, double secondesEcoulees, List<Point> historique, List<String> retenus,
            String motif, Double secondesEnregistrees, SansImposes sansImposes) {
        this(statut, score, secondesEcoulees, historique, retenus, motif, secondesEnregistrees, sansImposes, null);
    }

    public Avancement avecProcesseur(Double secondes) {
        return new Avancement(statut, score, secondesEcoulees, historique, retenus, motif, secondesEnregistrees, sansImposes, secondes);
    }

    /**
     * The reference solve without imposed choices: EN_COURS while it runs (its best so far), then TERMINE
     * or ARRETE; {@code secondes} of its own solving.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SansImposes(Statut statut, String score, double secondes, List<String> retenus) {
    }

    public Avancement avecSansImposes(SansImposes reference) {
        return new Avancement(statut, score, secondesEcoulees, historique, retenus, motif, secondesEnregistrees, reference, secondesProcesseur);
    }

    /** One new best score, at that many seconds of solving. */
    public record Point(double secondes, String score) {
    }

    public static Avancement debut() {
        return new Avancement(Statut.EN_COURS, null, 0, List.of(), List.of(), null, null);
    }

    public Avancement avecStatut(Statut nouveau, String raison) {
        return new Avancement(nouveau, score, secondesEcoulees, historique, retenus, raison, secondesEnregistrees, sansImposes, secondesProcesseur);
    }

    public Avancement enregistreeA(double secondes) {
        return new Avancement(statut, score, secondesEcoulees, historique, retenus, motif, secondes, sansImposes, secondesProcesseur);
    }

    public Avancement aSecondes(double secondes) {
        return new Avancement(statut, score, secondes, historique, retenus, motif, secondesEnregistrees, sansImposes, secondesProcesseur);
    }
}
