package fr.enmr.decision;

/** Who asked for a decision: the user and, for an ARS agent, its region (kept with the decision for audit). */
public record Auteur(String identifiant, String region) {

    static final Auteur ECHANTILLONS = new Auteur("echantillons", null);
}
