package fr.enmr.dossier;

/** Axis of a projet de santé (contract: projetDeSante.axes). */
public enum Axe {
    ACCES_AUX_SOINS, CONTINUITE_DES_SOINS, COORDINATION, EDUCATION_THERAPEUTIQUE, PREVENTION, COOPERATION_EXTERNE
}
