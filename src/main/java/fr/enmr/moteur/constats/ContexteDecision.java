package fr.enmr.moteur.constats;

import java.math.BigDecimal;

/**
 * The year evaluated, the figures the DMN decision computed for the dossier and the findings' thresholds of its model.
 * The rules read them and never recompute them, so findings and amounts cannot disagree.
 *
 * @param etpMedecinsGeneralistes full-time equivalents of the adherent médecins généralistes, rounded as in part B
 * @param seuils                  the DMN decision « Seuils des constats » of the same model
 */
public record ContexteDecision(int annee, long patienteleRetenue, BigDecimal etpMedecinsGeneralistes, SeuilsConstats seuils) {
}
