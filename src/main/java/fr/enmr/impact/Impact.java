package fr.enmr.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.enmr.moteur.Module1;
import fr.enmr.moteur.Module2;

/**
 * What the rules as they are now would decide on one page of stored decisions, compared with what
 * was decided and stored: the analysts' view of a rule change on real dossiers. Nothing is stored.
 *
 * @param versionsActuelles the rule version each campaign would now be decided under
 * @param examinees         how many stored decisions this page re-examined
 * @param inchangees        how many of them would be decided exactly as they were (outcome, amounts, criteria, findings)
 * @param bilan             what the changes add up to on this page: money and eligibility
 * @param differences       the others, one per decision
 */
public record Impact(List<String> versionsActuelles, int page, int taille, long total, int examinees, int inchangees, Bilan bilan,
        List<Difference> differences) {

    /**
     * @param ecartTotal          Σ (total now − total stored) over the page, in euros: what the change costs (or saves)
     * @param devenusEligibles    decisions not eligible as stored that would now be
     * @param devenusNonEligibles decisions eligible as stored that would no longer be
     */
    public record Bilan(BigDecimal ecartTotal, int devenusEligibles, int devenusNonEligibles) {

        public static Bilan de(List<Difference> differences) {
            List<Difference> redecidees = differences.stream().filter(d -> d.avant() != null && d.apres() != null).toList();
            return new Bilan(redecidees.stream().map(d -> d.apres().total().subtract(d.avant().total())).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.HALF_UP),
                    (int) redecidees.stream().filter(d -> !d.avant().eligible() && d.apres().eligible()).count(),
                    (int) redecidees.stream().filter(d -> d.avant().eligible() && !d.apres().eligible()).count());
        }
    }

    /** One stored decision whose outcome the current rules change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Difference(String id, String reference, String region, String campagne, int annee, String versionRegles,
            Resultat avant, Resultat apres, List<CritereChange> criteres, List<String> constatsAjoutes, List<String> constatsRetires,
            String erreur) {
    }

    /** The outcome of a decision in short, with the two parts of Module 1 that explain most changes of amount. */
    public record Resultat(boolean eligible, BigDecimal partA, BigDecimal partB, BigDecimal module1, BigDecimal module2, BigDecimal total) {

        static Resultat de(boolean eligible, Module1 module1, Module2 module2, BigDecimal total) {
            return new Resultat(eligible, module1.partA(), module1.partB(), module1.montant(), module2.montant(), total);
        }

        boolean memesMontants(Resultat autre) {
            return eligible == autre.eligible && partA.compareTo(autre.partA) == 0 && partB.compareTo(autre.partB) == 0
                    && module1.compareTo(autre.module1) == 0 && module2.compareTo(autre.module2) == 0 && total.compareTo(autre.total) == 0;
        }
    }

    /** A criterion whose outcome changes; {@code programme} names the ETP programme for a programme criterion. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CritereChange(String code, String programme, Boolean avant, Boolean apres, String explication) {
    }
}
