package fr.enmr.web.regles;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * What produced a stored decision, read from the decision itself: each criterion with the part of the
 * model that decides it, and the row of each decision table that its stored values select.
 *
 * @param memesRegles whether the decision was made with the rule files this page shows
 */
@TemplateData
public record TraceDecision(String id, String reference, String campagne, int annee, boolean eligible, BigDecimal total,
        String versionRegles, boolean memesRegles, List<Critere> criteres, List<Programme> programmes,
        List<LigneRetenue> lignes) {

    /** A criterion's outcome and the decision (or knowledge model) of the DMN model that computes it. */
    @TemplateData
    public record Critere(String code, String libelle, boolean satisfait, String explication, String element, String ancre) {
    }

    @TemplateData
    public record Programme(String identifiant, boolean eligible, BigDecimal montant, List<Critere> criteres) {
    }

    /**
     * The row of a decision table selected by a value of the stored decision.
     *
     * @param numero the rule's number from 1, or 0 when no row matches (the rules changed since)
     * @param sortie the row's outputs, and annotation its annotations, as written in the table
     */
    @TemplateData
    public record LigneRetenue(ElementDmn element, ExpressionVue.Table table, String entree, String valeur, int numero,
            String sortie, String annotation) {
    }
}
