package fr.enmr.allocation.solver;

import static fr.enmr.allocation.solver.Candidats.candidat;
import static fr.enmr.allocation.solver.Candidats.nonRetenu;
import static fr.enmr.allocation.solver.Candidats.retenu;
import static fr.enmr.dossier.echantillon.Codes.Region.BRETAGNE;
import static fr.enmr.dossier.echantillon.Codes.Region.CORSE;
import static fr.enmr.dossier.echantillon.Codes.Region.GUYANE;
import static fr.enmr.dossier.echantillon.Codes.Region.ILE_DE_FRANCE;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.Limites;
import fr.enmr.allocation.domain.QuotaRegional;

/** Each constraint of domain rules §6 on its own, at its boundary. */
class AllocationConstraintProviderTest {

    private final ConstraintVerifier<AllocationConstraintProvider, Allocation> verifier =
            ConstraintVerifier.build(new AllocationConstraintProvider(), Allocation.class, Candidat.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static final Limites DEUX_PLACES_100_000_EUROS = new Limites(2, 10_000_000);

    @Test
    void aRetainedIneligibleTeamBreaksAHardRule() {
        verifier.verifyThat(AllocationConstraintProvider::seulementEligibles)
                .given(candidat(BRETAGNE, 40_000, 10, false).avecRetenu(true), retenu(BRETAGNE, 40_000, 10),
                        candidat(BRETAGNE, 40_000, 10, false).avecRetenu(false))
                .penalizesBy(1);
    }

    @Test
    void eachTeamBeyondThePlacesCountsOnce() {
        verifier.verifyThat(AllocationConstraintProvider::places)
                .given(DEUX_PLACES_100_000_EUROS, retenu(BRETAGNE, 1, 1), retenu(BRETAGNE, 1, 1), retenu(CORSE, 1, 1),
                        retenu(GUYANE, 1, 1), nonRetenu(GUYANE, 1, 1))
                .penalizesBy(2);
    }

    @Test
    void exactlyAsManyTeamsAsPlacesIsAllowed() {
        verifier.verifyThat(AllocationConstraintProvider::places)
                .given(DEUX_PLACES_100_000_EUROS, retenu(BRETAGNE, 1, 1), retenu(CORSE, 1, 1), nonRetenu(GUYANE, 1, 1))
                .penalizesBy(0);
    }

    @Test
    void theEnvelopesExcessIsPenalisedCentByCent() {
        Candidat unCentimeDeTrop = new Candidat("T-C", "Équipe C", CORSE, 4_000_001, 1000, false, 2, true, 1).avecRetenu(true);
        verifier.verifyThat(AllocationConstraintProvider::enveloppe)
                .given(DEUX_PLACES_100_000_EUROS, retenu(BRETAGNE, 60_000, 1), unCentimeDeTrop, nonRetenu(GUYANE, 90_000, 1))
                .penalizesBy(1);
    }

    @Test
    void spendingTheWholeEnvelopeIsAllowed() {
        verifier.verifyThat(AllocationConstraintProvider::enveloppe)
                .given(DEUX_PLACES_100_000_EUROS, retenu(BRETAGNE, 60_000, 1), retenu(CORSE, 40_000, 1), nonRetenu(GUYANE, 90_000, 1))
                .penalizesBy(0);
    }

    @Test
    void eachTeamAboveARegionsMaximumCountsOnce() {
        verifier.verifyThat(AllocationConstraintProvider::maximumRegional)
                .given(new QuotaRegional(ILE_DE_FRANCE, 1, 1), new QuotaRegional(BRETAGNE, 1, null),
                        retenu(ILE_DE_FRANCE, 1, 1), retenu(ILE_DE_FRANCE, 1, 1), retenu(ILE_DE_FRANCE, 1, 1), nonRetenu(ILE_DE_FRANCE, 1, 1),
                        retenu(BRETAGNE, 1, 1), retenu(BRETAGNE, 1, 1))
                .penalizesBy(2);
    }

    @Test
    void theShortfallIsSummedOverRegionsIncludingThoseWithNobodyRetained() {
        verifier.verifyThat(AllocationConstraintProvider::minimumRegional)
                .given(new QuotaRegional(BRETAGNE, 3, null), new QuotaRegional(GUYANE, 1, null), new QuotaRegional(CORSE, 1, null),
                        retenu(BRETAGNE, 1, 1), nonRetenu(BRETAGNE, 1, 1),
                        nonRetenu(GUYANE, 1, 1),
                        retenu(CORSE, 1, 1), retenu(CORSE, 1, 1))
                .penalizesBy(3); // Bretagne misses 2, Guyane 1, Corse is above its minimum
    }

    @Test
    void aMinimumMetExactlyIsNoShortfall() {
        verifier.verifyThat(AllocationConstraintProvider::minimumRegional)
                .given(new QuotaRegional(BRETAGNE, 2, null), retenu(BRETAGNE, 1, 1), retenu(BRETAGNE, 1, 1), nonRetenu(BRETAGNE, 1, 1))
                .penalizesBy(0);
    }

    @Test
    void aMinimumForARegionWithoutAnyCandidateIsMissedWhole() {
        verifier.verifyThat(AllocationConstraintProvider::minimumRegionalSansCandidat)
                .given(new QuotaRegional(CORSE, 2, null), new QuotaRegional(BRETAGNE, 1, null), nonRetenu(BRETAGNE, 1, 1))
                .penalizesBy(2);
    }

    @Test
    void theValueIsTheSumOverRetainedTeamsOnly() {
        verifier.verifyThat(AllocationConstraintProvider::valeur)
                .given(retenu(BRETAGNE, 1, 60_300_000), retenu(CORSE, 1, 12_345), nonRetenu(GUYANE, 1, 99_999_999))
                .rewardsWith(60_312_345L);
    }

    @Test
    void aWholeSelectionScoresLevelByLevel() {
        verifier.verifyThat()
                .given(DEUX_PLACES_100_000_EUROS, new QuotaRegional(GUYANE, 1, null),
                        retenu(BRETAGNE, 60_000, 100), retenu(CORSE, 50_000, 50), retenu(CORSE, 1, 7), nonRetenu(GUYANE, 1, 1))
                .scores(org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.of(-(1 + 1_000_100), -1, 157));
    }
}
