package fr.enmr.allocation.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.Limites;
import fr.enmr.allocation.domain.QuotaRegional;
import fr.enmr.allocation.solver.justifications.CandidatNonEligible;
import fr.enmr.allocation.solver.justifications.EnveloppeDepassee;
import fr.enmr.allocation.solver.justifications.MaximumRegionalDepasse;
import fr.enmr.allocation.solver.justifications.MinimumRegionalManque;
import fr.enmr.allocation.solver.justifications.PlacesDepassees;
import fr.enmr.allocation.solver.justifications.ValeurRetenue;

/**
 * The objective of domain rules §6, level by level. Hard: what must hold. Medium: the regional
 * minimums, met as far as the candidates allow. Soft: the value of the selection.
 */
public class AllocationConstraintProvider implements ConstraintProvider {

    public static final String SEULEMENT_ELIGIBLES = "Seulement des candidats éligibles";
    public static final String PLACES = "Places limitées";
    public static final String ENVELOPPE = "Enveloppe nationale";
    public static final String MAXIMUM_REGIONAL = "Maximum régional";
    public static final String MINIMUM_REGIONAL = "Minimum régional";
    public static final String MINIMUM_REGIONAL_SANS_CANDIDAT = "Minimum régional sans candidat";
    public static final String VALEUR = "Valeur de la sélection";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                seulementEligibles(factory),
                places(factory),
                enveloppe(factory),
                maximumRegional(factory),
                // Medium
                minimumRegional(factory),
                minimumRegionalSansCandidat(factory),
                // Soft
                valeur(factory)
        };
    }

    // Only teams eligible under ENMR_2014 can be paid: retaining another one is never allowed.
    Constraint seulementEligibles(ConstraintFactory factory) {
        return factory.forEach(Candidat.class)
                .filter(candidat -> candidat.estRetenu() && !candidat.isEligible())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, candidat -> 1)
                .justifyWith((candidat, score) -> new CandidatNonEligible(candidat.getReference()))
                .asConstraint(SEULEMENT_ELIGIBLES);
    }

    // The extension opens a fixed number of places (150 in LFSS 2014, 160 after the government's addition).
    Constraint places(ConstraintFactory factory) {
        return factory.forEach(Candidat.class)
                .filter(Candidat::estRetenu)
                .groupBy(count())
                .join(Limites.class)
                .filter((retenus, limites) -> retenus > limites.places())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (retenus, limites) -> retenus - limites.places())
                .justifyWith((retenus, limites, score) -> new PlacesDepassees(retenus, limites.places()))
                .asConstraint(PLACES);
    }

    // The forfaits of the retained teams are paid from one national envelope: its excess is penalised cent by cent.
    Constraint enveloppe(ConstraintFactory factory) {
        return factory.forEach(Candidat.class)
                .filter(Candidat::estRetenu)
                .groupBy(sumLong(Candidat::getCoutCentimes))
                .join(Limites.class)
                .filter((cout, limites) -> cout > limites.enveloppeCentimes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (cout, limites) -> cout - limites.enveloppeCentimes())
                .justifyWith((cout, limites, score) -> new EnveloppeDepassee(cout, limites.enveloppeCentimes()))
                .asConstraint(ENVELOPPE);
    }

    // A scenario may cap a region (e.g. Île-de-France at 25) so that one region cannot take the whole extension.
    Constraint maximumRegional(ConstraintFactory factory) {
        return factory.forEach(Candidat.class)
                .filter(Candidat::estRetenu)
                .groupBy(Candidat::getRegion, count())
                .join(QuotaRegional.class, equal((region, retenus) -> region, QuotaRegional::region))
                .filter((region, retenus, quota) -> quota.aUnMaximum() && retenus > quota.maximum())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (region, retenus, quota) -> retenus - quota.maximum())
                .justifyWith((region, retenus, quota, score) -> new MaximumRegionalDepasse(region, retenus, quota.maximum()))
                .asConstraint(MAXIMUM_REGIONAL);
    }

    // Every region with a candidate should get at least its minimum of teams; each missing team counts once.
    Constraint minimumRegional(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Candidat.class)
                .groupBy(Candidat::getRegion, conditionally(Candidat::estRetenu, count()))
                .join(QuotaRegional.class, equal((region, retenus) -> region, QuotaRegional::region))
                .filter((region, retenus, quota) -> retenus < quota.minimum())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (region, retenus, quota) -> quota.minimum() - retenus)
                .justifyWith((region, retenus, quota, score) -> new MinimumRegionalManque(region, retenus, quota.minimum(), false))
                .asConstraint(MINIMUM_REGIONAL);
    }

    // A minimum asked for a region with no candidate at all cannot be met; it still shows in the score, as missed.
    Constraint minimumRegionalSansCandidat(ConstraintFactory factory) {
        return factory.forEach(QuotaRegional.class)
                .filter(quota -> quota.minimum() > 0)
                .ifNotExistsIncludingNullVars(Candidat.class, equal(QuotaRegional::region, Candidat::getRegion))
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, QuotaRegional::minimum)
                .justifyWith((quota, score) -> new MinimumRegionalManque(quota.region(), 0, quota.minimum(), true))
                .asConstraint(MINIMUM_REGIONAL_SANS_CANDIDAT);
    }

    // The ministry wants the most patients covered, weighted towards under-served areas and the ARS's first choices.
    Constraint valeur(ConstraintFactory factory) {
        return factory.forEach(Candidat.class)
                .filter(Candidat::estRetenu)
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, Candidat::getValeur)
                .justifyWith((candidat, score) -> new ValeurRetenue(candidat.getReference(), candidat.getPatienteleRetenue(), candidat.getValeur()))
                .asConstraint(VALEUR);
    }
}
