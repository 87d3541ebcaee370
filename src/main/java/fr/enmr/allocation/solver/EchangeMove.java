package fr.enmr.allocation.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;

/** Drops some retained teams and retains as many others in one step, so places stay filled. */
public final class EchangeMove extends AbstractMove<Allocation> {

    private static final String RETENU = "retenu";

    private final List<Candidat> sortants;
    private final List<Candidat> entrants;

    public EchangeMove(List<Candidat> sortants, List<Candidat> entrants) {
        this.sortants = sortants;
        this.entrants = entrants;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Allocation> scoreDirector) {
        // a pinned team (ineligible, or imposed by the ministry) never moves
        return sortants.stream().allMatch(c -> c.estRetenu() && !c.isEpingle())
                && entrants.stream().noneMatch(c -> c.estRetenu() || c.isEpingle());
    }

    @Override
    protected EchangeMove createUndoMove(ScoreDirector<Allocation> scoreDirector) {
        return new EchangeMove(entrants, sortants);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Allocation> scoreDirector) {
        sortants.forEach(c -> basculer(scoreDirector, c, false));
        entrants.forEach(c -> basculer(scoreDirector, c, true));
    }

    private static void basculer(ScoreDirector<Allocation> scoreDirector, Candidat candidat, boolean retenu) {
        scoreDirector.beforeVariableChanged(candidat, RETENU);
        candidat.setRetenu(retenu);
        scoreDirector.afterVariableChanged(candidat, RETENU);
    }

    @Override
    public EchangeMove rebase(ScoreDirector<Allocation> destination) {
        return new EchangeMove(sortants.stream().map(destination::lookUpWorkingObject).toList(),
                entrants.stream().map(destination::lookUpWorkingObject).toList());
    }

    @Override
    public Collection<Candidat> getPlanningEntities() {
        List<Candidat> tous = new ArrayList<>(sortants);
        tous.addAll(entrants);
        return tous;
    }

    @Override
    public Collection<Boolean> getPlanningValues() {
        return List.of(Boolean.TRUE, Boolean.FALSE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EchangeMove autre && sortants.equals(autre.sortants) && entrants.equals(autre.entrants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sortants, entrants);
    }

    @Override
    public String toString() {
        return sortants + " <=> " + entrants;
    }
}
