package fr.enmr.allocation.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;

/**
 * Keeps only the swaps that exchange a retained team for a non-retained one: swapping two teams in
 * the same state changes nothing, and with 150 places out of 2,000 that is most random pairs.
 */
public class UnEntrantUnSortant implements SelectionFilter<Allocation, SwapMove<Allocation>> {

    @Override
    public boolean accept(ScoreDirector<Allocation> scoreDirector, SwapMove<Allocation> move) {
        Candidat gauche = (Candidat) move.getLeftEntity();
        Candidat droite = (Candidat) move.getRightEntity();
        return gauche.estRetenu() != droite.estRetenu();
    }
}
