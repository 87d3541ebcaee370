package fr.enmr.moteur.constats;

/** How much a finding deserves an ARS agent's attention (decision-api.md: constats[].gravite). */
public enum Gravite {
    INFO, WARNING
}
