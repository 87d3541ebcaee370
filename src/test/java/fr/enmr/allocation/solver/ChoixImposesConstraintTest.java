package fr.enmr.allocation.solver;

import static fr.enmr.allocation.solver.Candidats.imposeExclu;
import static fr.enmr.allocation.solver.Candidats.imposeRetenu;
import static fr.enmr.allocation.solver.Candidats.nonRetenu;
import static fr.enmr.allocation.solver.Candidats.retenu;
import static fr.enmr.dossier.echantillon.Codes.Region.BRETAGNE;
import static fr.enmr.dossier.echantillon.Codes.Region.CORSE;
import static fr.enmr.dossier.echantillon.Codes.Region.GUYANE;
import static fr.enmr.dossier.echantillon.Codes.Region.ILE_DE_FRANCE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.Limites;
import fr.enmr.allocation.domain.QuotaRegional;

/**
 * The ministry's imposed choices are pinned entities: a team forced in takes a place, money and
 * room in its region's maximum like any retained team, and counts towards its region's minimum and
 * the value; a team forced out counts for nothing.
 */
class ChoixImposesConstraintTest {

    private final ConstraintVerifier<AllocationConstraintProvider, Allocation> verifier =
            ConstraintVerifier.build(new AllocationConstraintProvider(), Allocation.class, Candidat.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static final Limites DEUX_PLACES_100_000_EUROS = new Limites(2, 10_000_000);

    @Test
    void imposedTeamsArePinnedWithTheirChoice() {
        Candidat dedans = imposeRetenu(BRETAGNE, 1, 1);
        Candidat dehors = imposeExclu(BRETAGNE, 1, 1);

        assertThat(dedans.isEpingle()).isTrue();
        assertThat(dedans.estRetenu()).isTrue();
        assertThat(dedans.isImposeRetenu()).isTrue();
        assertThat(dehors.isEpingle()).isTrue();
        assertThat(dehors.estRetenu()).isFalse();
        assertThat(dehors.isImposeRetenu()).isFalse();
        assertThat(retenu(BRETAGNE, 1, 1).isEpingle()).as("a free team").isFalse();
    }

    @Test
    void aTeamForcedInTakesAPlace() {
        verifier.verifyThat(AllocationConstraintProvider::places)
                .given(DEUX_PLACES_100_000_EUROS, imposeRetenu(BRETAGNE, 1, 1), imposeRetenu(CORSE, 1, 1), retenu(GUYANE, 1, 1),
                        imposeExclu(GUYANE, 1, 1))
                .penalizesBy(1);
    }

    @Test
    void aTeamForcedInSpendsTheEnvelope() {
        verifier.verifyThat(AllocationConstraintProvider::enveloppe)
                .given(DEUX_PLACES_100_000_EUROS, imposeRetenu(BRETAGNE, 70_000, 1), retenu(CORSE, 30_001, 1), imposeExclu(GUYANE, 90_000, 1))
                .penalizesBy(100); // one euro over, in cents; the team forced out costs nothing
    }

    @Test
    void teamsForcedInCountAgainstTheirRegionsMaximum() {
        verifier.verifyThat(AllocationConstraintProvider::maximumRegional)
                .given(new QuotaRegional(ILE_DE_FRANCE, 0, 1), imposeRetenu(ILE_DE_FRANCE, 1, 1), retenu(ILE_DE_FRANCE, 1, 1),
                        imposeExclu(ILE_DE_FRANCE, 1, 1))
                .penalizesBy(1);
    }

    @Test
    void aTeamForcedInMeetsItsRegionsMinimumAndOneForcedOutDoesNot() {
        verifier.verifyThat(AllocationConstraintProvider::minimumRegional)
                .given(new QuotaRegional(CORSE, 1, null), new QuotaRegional(GUYANE, 1, null), imposeRetenu(CORSE, 1, 1), imposeExclu(GUYANE, 1, 1))
                .penalizesBy(1); // Guyane's only team is forced out: its minimum is missed
    }

    @Test
    void aTeamForcedInAddsItsValueAndOneForcedOutNothing() {
        verifier.verifyThat(AllocationConstraintProvider::valeur)
                .given(imposeRetenu(BRETAGNE, 1, 1_000), retenu(CORSE, 1, 20), imposeExclu(GUYANE, 1, 99_999), nonRetenu(GUYANE, 1, 7))
                .rewardsWith(1_020);
    }

    @Test
    void aWholeSelectionWithImposedTeamsScoresLikeAnyOther() {
        verifier.verifyThat()
                .given(DEUX_PLACES_100_000_EUROS, new QuotaRegional(GUYANE, 1, null),
                        imposeRetenu(BRETAGNE, 60_000, 100), retenu(CORSE, 40_000, 50), imposeExclu(GUYANE, 1, 1))
                .scores(HardMediumSoftLongScore.of(0, -1, 150));
    }
}
