package fr.enmr.allocation.scenario;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;


/**
 * The result part of GET /api/scenarios/{id} (scenario-api.md), amounts in euros.
 *
 * @param prixDesChoix what the ministry's imposed choices cost (only with imposed choices)
 * @param tempsDeCalcul the time the solve was given and the processor time it actually had (once it ended)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resultat(List<String> retenus, List<LigneRegion> parRegion, Totaux totaux, List<Doublon> doublonsPresumes,
        PrixDesChoix prixDesChoix, TempsDeCalcul tempsDeCalcul) {

    public Resultat(List<String> retenus, List<LigneRegion> parRegion, Totaux totaux, List<Doublon> doublonsPresumes) {
        this(retenus, parRegion, totaux, doublonsPresumes, null, null);
    }

    public Resultat avec(PrixDesChoix prix, TempsDeCalcul temps) {
        return new Resultat(retenus, parRegion, totaux, doublonsPresumes, prix, temps);
    }

    /**
     * The same scenario solved without its imposed choices, against the result with them (scenario-api.md,
     * « The ministry's levers »): {@code ecart} = valeurSansImposes − valeur, in weighted patients. The numbers
     * are absent until the reference solve has a first result; {@code statut} is that solve's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PrixDesChoix(BigDecimal valeurSansImposes, BigDecimal valeur, BigDecimal ecart, Integer placesSansImposes,
            BigDecimal coutSansImposes, BigDecimal ecartCout, Statut statut, String scoreSansImposes, String explication) {
    }

    /**
     * @param secondesDemandees  the scenario's dureeMaxSecondes (the solve may end sooner when nothing improves)
     * @param secondesProcesseur the processor time the solver's thread actually had, less than the elapsed time
     *                           when other work of the service or the machine took the processor
     * @param reduit             the solve had less processor than planned (its explanation then warns): set here
     *                           so that a page shows the warning without repeating the service's threshold
     */
    public record TempsDeCalcul(int secondesDemandees, double secondesEcoulees, double secondesProcesseur, boolean reduit, String explication) {
    }

    /**
     * Candidates that look like one team under several references (DoublonPresume), with those of
     * them the selection retains: more than one retained is the same team paid twice, probably.
     */
    public record Doublon(List<String> references, String nom, String typeStructure, String departement, List<String> retenues,
            String explication) {
    }

    /** One region: what it got, its minimum, and in French whether and why the minimum is met or missed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LigneRegion(String region, int places, BigDecimal cout, long patients, int minimum, Integer maximum,
            boolean minimumAtteint, String explication) {
    }

    /**
     * @param valeur the soft objective of domain rules §6 on the retained teams, unscaled
     */
    public record Totaux(int places, BigDecimal cout, long patients, BigDecimal valeur, BigDecimal enveloppeRestante) {
    }
}
