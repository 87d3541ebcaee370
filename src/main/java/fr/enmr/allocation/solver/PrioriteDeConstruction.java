package fr.enmr.allocation.solver;

import java.util.TreeMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionSorterWeightFactory;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;

/**
 * The order in which the construction heuristic considers teams: first, for each region, its
 * best teams up to the region's minimum; then every team by decreasing net value at the implicit
 * prices of a place and a euro ({@link PrixImplicite}). Teams imposed by the ministry are pinned
 * (the construction skips them) and count towards their region's minimum and maximum.
 */
public class PrioriteDeConstruction implements SelectionSorterWeightFactory<Allocation, Candidat> {

    private Allocation calculeePour;
    private PrixImplicite prix;
    private Set<Candidat> pourLesMinimums;

    @Override
    public synchronized Comparable<Priorite> createSorterWeight(Allocation allocation, Candidat candidat) {
        if (allocation != calculeePour) {
            prix = PrixImplicite.calculer(allocation);
            pourLesMinimums = meilleursParRegion(allocation, prix);
            calculeePour = allocation;
        }
        return new Priorite(pourLesMinimums.contains(candidat), prix.valeurNette(candidat), candidat.getReference());
    }

    private static Set<Candidat> meilleursParRegion(Allocation allocation, PrixImplicite prix) {
        Map<String, Integer> minimums = new TreeMap<>();
        allocation.getQuotas().forEach(q -> minimums.put(q.region(), q.aUnMaximum() ? Math.min(q.minimum(), q.maximum()) : q.minimum()));
        Map<String, Integer> pris = new TreeMap<>();
        allocation.getCandidats().stream().filter(Candidat::isImposeRetenu).forEach(c -> pris.merge(c.getRegion(), 1, Integer::sum));
        Set<Candidat> meilleurs = new HashSet<>();
        List<Candidat> parValeurNette = allocation.getCandidats().stream().filter(c -> c.isEligible() && !c.isEpingle())
                .sorted(Comparator.comparingDouble(prix::valeurNette).reversed()).toList();
        for (Candidat candidat : parValeurNette) {
            int dejaPris = pris.getOrDefault(candidat.getRegion(), 0);
            if (dejaPris < minimums.getOrDefault(candidat.getRegion(), 0)) {
                meilleurs.add(candidat);
                pris.put(candidat.getRegion(), dejaPris + 1);
            }
        }
        return meilleurs;
    }

    /** Greater = considered earlier by a "decreasing difficulty" construction. */
    public record Priorite(boolean pourUnMinimum, double valeurNette, String reference) implements Comparable<Priorite> {
        @Override
        public int compareTo(Priorite autre) {
            return Comparator.comparing(Priorite::pourUnMinimum)
                    .thenComparingDouble(Priorite::valeurNette)
                    .thenComparing(Priorite::reference, Comparator.reverseOrder())
                    .compare(this, autre);
        }
    }
}
