package fr.enmr.dossier;

/** Rule set a decision is made under (domain rules §1). */
public enum Campagne {
    ENMR_2010, ENMR_2014
}
