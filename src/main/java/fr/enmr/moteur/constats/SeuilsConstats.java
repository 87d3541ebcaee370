package fr.enmr.moteur.constats;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The findings' thresholds as the DMN decision « Seuils des constats » of dmn/enmr.dmn gives them, read by the rules
 * (rules/constats.drl) through {@link ContexteDecision}: an analyst changes a figure in the DMN editor, not in the DRL.
 *
 * @param fileActiveMinimale               FILE_ACTIVE_INSUFFISANTE below this file active (patients)
 * @param hausseAnnuelleMinimaleFileActive FILE_ACTIVE_INSUFFISANTE below (1 + this rate) × last year's file active (0.10 is 10 %)
 * @param patientsParEtpMaximum            PATIENTELE_ELEVEE above this many patients retenus per ETP of médecin généraliste
 * @param ancienneteMaximaleProjetDeSante  PROJET_DE_SANTE_ANCIEN when sent more than this many whole years before 1 January
 */
public record SeuilsConstats(BigDecimal fileActiveMinimale, BigDecimal hausseAnnuelleMinimaleFileActive,
        BigDecimal patientsParEtpMaximum, int ancienneteMaximaleProjetDeSante) {

    /** The DMN decision holding them (a parameter: no input). */
    public static final String DECISION = "Seuils des constats";

    /**
     * The thresholds from the decision's value (a FEEL context, by KIE or by the compiled model).
     *
     * @throws IllegalArgumentException in French, naming the entry that is missing or not a number (an age not in whole years)
     */
    public static SeuilsConstats lire(Object valeur) {
        if (!(valeur instanceof Map<?, ?> seuils)) {
            throw new IllegalArgumentException("la décision « " + DECISION + " » est absente ou n'est pas un contexte");
        }
        BigDecimal anciennete = nombre(seuils, "ancienneteMaximaleProjetDeSante");
        int annees;
        try {
            annees = anciennete.intValueExact();
        } catch (ArithmeticException nonEntier) {
            throw new IllegalArgumentException("« " + DECISION + " » : ancienneteMaximaleProjetDeSante doit être un nombre entier d'années, pas "
                    + anciennete.toPlainString());
        }
        return new SeuilsConstats(nombre(seuils, "fileActiveMinimale"), nombre(seuils, "hausseAnnuelleMinimaleFileActive"),
                nombre(seuils, "patientsParEtpMaximum"), annees);
    }

    private static BigDecimal nombre(Map<?, ?> seuils, String entree) {
        if (seuils.get(entree) instanceof BigDecimal nombre) {
            return nombre;
        }
        throw new IllegalArgumentException("« " + DECISION + " » : l'entrée " + entree + " est absente ou n'est pas un nombre");
    }
}
