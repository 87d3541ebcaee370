package fr.enmr.decision.constats;

import java.math.BigDecimal;

/**
 * The year evaluated and the figures the DMN decision computed for the dossier.
 * The rules read them and never recompute them, so findings and amounts cannot disagree.
 *
 * @param etpMedecinsGeneralistes full-time equivalents of the adherent médecins généralistes, rounded as in part B
 */
public record ContexteDecision(int annee, long patienteleRetenue, BigDecimal etpMedecinsGeneralistes) {
}
