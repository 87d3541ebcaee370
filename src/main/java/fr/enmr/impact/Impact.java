package fr.enmr.impact;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the rules as they are now would decide on one page of stored decisions, compared with what
 * was decided and stored: the analysts' view of a rule change on real dossiers. Nothing is stored.
 *
 * @param versionsActuelles the rule version each campaign would now be decided under
 * @param examinees         how many stored decisions this page re-examined
 * @param inchangees        how many of them would be decided exactly as they were (outcome, amounts, criteria, findings)
 * @param differences       the others, one per decision
 */
public record Impact(List<String> versionsActuelles, int page, int taille, long total, int examinees, int inchangees,
        List<Difference> differences) {

    /** One stored decision whose outcome the current rules change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Difference(String id, String reference, String region, String campagne, int annee, String versionRegles,
            Resultat avant, Resultat apres, List<CritereChange> criteres, List<String> constatsAjoutes, List<String> constatsRetires,
            String erreur) {
    }

    /** The outcome of a decision in short, with the two parts of Module 1 that explain most changes of amount. */
    public record Resultat(boolean eligible, BigDecimal partA, BigDecimal partB, BigDecimal module1, BigDecimal module2, BigDecimal total) {
    }

    /** A criterion whose outcome changes; {@code programme} names the ETP programme for a programme criterion. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CritereChange(String code, String programme, Boolean avant, Boolean apres, String explication) {
    }
}
