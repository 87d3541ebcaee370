package fr.enmr.pilotage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The answer of GET /api/pilotage: the figures of the latest stored decision of each reference for one campaign and
 * year, nationally (or for one region) and by region, with the campaign-to-campaign evolution. Euros with 2 decimals.
 */
public record TableauDeBord(
        String campagne,
        int annee,
        String region,
        long sites,
        long eligibles,
        Module1 module1,
        Module2 module2,
        BigDecimal total,
        BigDecimal moyenneParSiteEligible,
        Map<String, Long> criteresNonSatisfaits,
        Map<String, Long> constats,
        TauxAtteinte tauxAtteinte,
        List<ParRegion> parRegion,
        List<Evolution> evolution) {

    /**
     * Adds up: {@code partA + partB − partConditionnelleNonVersee = montant}. The conditional share of A + B is paid in
     * proportion to each site's achievement rate (DMN « Module 1 »); what objectives not met kept back is
     * {@code partConditionnelleNonVersee}.
     */
    public record Module1(BigDecimal partA, BigDecimal partB, BigDecimal partConditionnelleNonVersee, BigDecimal montant) {
    }

    public record Module2(long programmes, long patients, BigDecimal montant) {
    }

    /** {@code moyen}: mean rate of the eligible sites (null when there is none); sites by tenth of [0, 1]. */
    public record TauxAtteinte(BigDecimal moyen, List<Tranche> repartition) {
    }

    /** Sites whose rate is in [de, a), the last tenth [0.9, 1] included. */
    public record Tranche(BigDecimal de, BigDecimal a, long sites) {
    }

    public record ParRegion(String region, String nom, long sites, long eligibles, Module1 module1, Module2 module2, BigDecimal total,
            Map<String, Long> criteresNonSatisfaits, Map<String, Long> constats) {
    }

    public record Evolution(String campagne, int annee, long sites, long eligibles, BigDecimal total) {
    }
}
