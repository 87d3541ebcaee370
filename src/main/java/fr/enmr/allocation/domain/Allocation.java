package fr.enmr.allocation.domain;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One allocation scenario as OptaPlanner sees it: the candidates, the national limits and the regional quotas. */
@PlanningSolution
public class Allocation {

    static final String RETENU = "retenu";

    @ProblemFactProperty
    private Limites limites;

    @ProblemFactCollectionProperty
    private List<QuotaRegional> quotas;

    @PlanningEntityCollectionProperty
    private List<Candidat> candidats;

    @ValueRangeProvider(id = RETENU)
    private CountableValueRange<Boolean> retenuOuNon = ValueRangeFactory.createBooleanValueRange();

    @PlanningScore
    private HardMediumSoftLongScore score;

    public Allocation() {
        // for OptaPlanner's solution cloner
    }

    public Allocation(Limites limites, List<QuotaRegional> quotas, List<Candidat> candidats) {
        this.limites = limites;
        this.quotas = quotas;
        this.candidats = candidats;
    }

    public Limites getLimites() {
        return limites;
    }

    public List<QuotaRegional> getQuotas() {
        return quotas;
    }

    public List<Candidat> getCandidats() {
        return candidats;
    }

    public CountableValueRange<Boolean> getRetenuOuNon() {
        return retenuOuNon;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
