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

    static Candidat candidat(String region, long coutEuros, long valeur, boolean eligible) {
        numero++;
        return new Candidat("T-" + numero, "Équipe " + numero, region, coutEuros * 100, 1000, false, 2, eligible, valeur);
    }
}
