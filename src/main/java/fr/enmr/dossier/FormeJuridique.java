package fr.enmr.dossier;

/** Legal form (contract: structure.formeJuridique). */
public enum FormeJuridique {
    SISA, SCM, SCP, SEL, ASSOCIATION, GESTIONNAIRE_CENTRE, AUTRE
}
