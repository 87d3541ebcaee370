package fr.enmr.moteur;

import java.math.BigDecimal;

/** Module 1 "missions coordonnées" with its breakdown (domain rules §3). */
public record Module1(BigDecimal patienteleRetenue, BigDecimal partA, BigDecimal etp, BigDecimal partB,
        BigDecimal tauxAtteinte, BigDecimal montant) {

    Module1 enEuros() {
        return new Module1(patienteleRetenue, Euros.of(partA), etp, Euros.of(partB), tauxAtteinte, Euros.of(montant));
    }
}
