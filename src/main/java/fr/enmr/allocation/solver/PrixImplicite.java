package fr.enmr.allocation.solver;

import java.util.Arrays;
import java.util.List;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;

/**
 * The implicit prices of a place and of a cent when only places and the envelope bind: the
 * Lagrangian dual of the linear relaxation, minimised over the cent's price by ternary search (the
 * dual is convex), the place's price following from it. A team's net value at those prices ranks it
 * far better than value per euro when both limits bind; the dual's value bounds every selection's
 * value (regional quotas only lower the optimum), which the benchmark reports. Teams imposed by
 * the ministry are taken out first: the prices are those of the places and money they leave.
 *
 * @param parCentime the value a cent of envelope is worth at the margin
 * @param parPlace   the value a place is worth at the margin
 * @param borne      an upper bound of the soft score of any feasible selection
 */
public record PrixImplicite(double parCentime, double parPlace, double borne) {

    private static final int ITERATIONS = 200;

    public static PrixImplicite calculer(Allocation allocation) {
        List<Candidat> libres = allocation.getCandidats().stream().filter(c -> c.isEligible() && !c.isEpingle()).toList();
        List<Candidat> imposes = allocation.getCandidats().stream().filter(Candidat::isImposeRetenu).toList();
        double[] valeurs = libres.stream().mapToDouble(Candidat::getValeur).toArray();
        double[] couts = libres.stream().mapToDouble(Candidat::getCoutCentimes).toArray();
        int places = Math.max(0, allocation.getLimites().places() - imposes.size());
        double enveloppe = Math.max(0, allocation.getLimites().enveloppeCentimes() - imposes.stream().mapToLong(Candidat::getCoutCentimes).sum());
        double valeurImposee = imposes.stream().mapToLong(Candidat::getValeur).sum();
        double bas = 0;
        double haut = 0;
        for (int i = 0; i < valeurs.length; i++) {
            haut = couts[i] > 0 ? Math.max(haut, valeurs[i] / couts[i]) : haut;
        }
        for (int i = 0; i < ITERATIONS; i++) {
            double m1 = bas + (haut - bas) / 3;
            double m2 = haut - (haut - bas) / 3;
            if (dual(m1, valeurs, couts, places, enveloppe)[1] < dual(m2, valeurs, couts, places, enveloppe)[1]) {
                haut = m2;
            } else {
                bas = m1;
            }
        }
        double lambda = (bas + haut) / 2;
        double[] resultat = dual(lambda, valeurs, couts, places, enveloppe);
        return new PrixImplicite(lambda, resultat[0], resultat[1] + valeurImposee);
    }

    /** The net value of a team at these prices, without the place's price (the same for all). */
    public double valeurNette(Candidat candidat) {
        return candidat.getValeur() - parCentime * candidat.getCoutCentimes();
    }

    /** For a cent price: the best place price and the dual's value {mu, dual}. */
    private static double[] dual(double lambda, double[] valeurs, double[] couts, int places, double enveloppe) {
        double[] nettes = new double[valeurs.length];
        for (int i = 0; i < valeurs.length; i++) {
            nettes[i] = valeurs[i] - lambda * couts[i];
        }
        Arrays.sort(nettes);
        int n = nettes.length;
        // the place's price: the best net value left out when the `places` best are taken
        double mu = n > places ? Math.max(0, nettes[n - places - 1]) : 0;
        double dual = lambda * enveloppe + mu * places;
        for (double nette : nettes) {
            dual += Math.max(0, nette - mu);
        }
        return new double[] {mu, dual};
    }
}
