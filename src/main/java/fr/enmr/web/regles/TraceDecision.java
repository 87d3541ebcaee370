package fr.enmr.web.regles;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * What produced a stored decision, read from the decision itself: each criterion with the part of the
 * model that decides it, and the row of each decision table that its stored values select.
 *
 * @param memesRegles whether the decision was made with the rules the page shows (the version in force)
 * @param version     the id of the rule-set version that made it (null for decisions stored before versions existed)
 * @param modeles     the DMN models of the rules that made it (its version's files), which the rows above come from
 * @param unites      the rule units of those rules
 */
@TemplateData
public record TraceDecision(String id, String reference, String campagne, int annee, boolean eligible, BigDecimal total,
        String versionRegles, boolean memesRegles, List<Critere> criteres, List<Programme> programmes,
        List<LigneRetenue> lignes, String version, List<ModeleDmn> modeles, List<UniteRegles> unites) {

    /** A criterion's outcome and the decision (or knowledge model) of the DMN model that computes it. */
    @TemplateData
    public record Critere(String code, String libelle, boolean satisfait, String explication, String element, String ancre) {
    }

    @TemplateData
    public record Programme(String identifiant, boolean eligible, BigDecimal montant, List<Critere> criteres) {
    }

    /**
     * The row a decision table selected for the decision.
     *
     * @param valeur the table's inputs as the stored decision gives them, or null when it does not hold them
     * @param numero the rule's number from 1, or 0 when no rule applied
     * @param sortie the row's outputs, and annotation its annotations, as written in the table
     * @param notee  whether the decision noted the row when it was made; otherwise (decisions made before rows were
     *               noted) it is the row the stored values select in the table
     */
    @TemplateData
    public record LigneRetenue(ElementDmn element, ExpressionVue.Table table, String entree, String valeur, int numero,
            String sortie, String annotation, boolean notee) {
    }
}
