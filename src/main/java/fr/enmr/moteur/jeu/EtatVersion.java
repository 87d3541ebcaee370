package fr.enmr.moteur.jeu;

/** Where a rule-set version stands in its review (rules-api.md). */
public enum EtatVersion {
    /** Editable by its author. */
    BROUILLON,
    /** Frozen, waiting for a second analyst. */
    SOUMISE,
    /** Approved: the active version. */
    PUBLIEE,
    /** Refused by a second analyst. */
    REJETEE,
    /** Was published; another version is active now. */
    REMPLACEE
}
