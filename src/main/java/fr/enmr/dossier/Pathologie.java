package fr.enmr.dossier;

/** Pathology of an ETP programme (contract: programmesEtp[].pathologie). */
public enum Pathologie {
    DIABETE, ASTHME, BPCO, INSUFFISANCE_CARDIAQUE, OBESITE, RISQUE_CARDIOVASCULAIRE, AUTRE
}
