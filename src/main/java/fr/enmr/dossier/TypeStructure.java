package fr.enmr.dossier;

/** Kind of structure (contract: structure.type). */
public enum TypeStructure {
    MAISON_DE_SANTE, POLE_DE_SANTE, CENTRE_DE_SANTE, CABINET_DE_GROUPE, AUTRE
}
