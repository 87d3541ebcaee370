package fr.enmr.allocation.solver;

import fr.enmr.allocation.domain.Candidat;
import fr.enmr.dossier.echantillon.Codes.Region;

/** Small hand-made candidates for constraint and solver tests. */
final class Candidats {

    private static int numero;

    private Candidats() {
    }

    static Candidat retenu(String region, long coutEuros, long valeur) {
        return candidat(region, coutEuros, valeur, true).avecRetenu(true);
    }

    static Candidat nonRetenu(String region, long coutEuros, long valeur) {
        return candidat(region, coutEuros, valeur, true).avecRetenu(false);
    }

    /** Forced in by the ministry (pinned retained). */
    static Candidat imposeRetenu(String region, long coutEuros, long valeur) {
        return candidat(region, coutEuros, valeur, true).impose(true);
    }

    /** Forced out by the ministry (pinned not retained). */
    static Candidat imposeExclu(String region, long coutEuros, long valeur) {
        return candidat(region, coutEuros, valeur, true).impose(false);
    }

    static Candidat candidat(String region, long coutEuros, long valeur, boolean eligible) {
        numero++;
        return new Candidat("T-" + numero, "Équipe " + numero, region, coutEuros * 100, 1000, false, 2, eligible, valeur);
    }
}
