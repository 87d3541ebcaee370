package fr.enmr.dossier;

/** Direction in which an indicator is met (contract: indicateurs[].sens). */
public enum Sens {
    HAUSSE, BAISSE
}
