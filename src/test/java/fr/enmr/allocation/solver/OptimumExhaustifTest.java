package fr.enmr.allocation.solver;

import java.util.TreeMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.Limites;
import fr.enmr.allocation.domain.QuotaRegional;
import fr.enmr.dossier.echantillon.Codes.Region;

/**
 * On instances small enough to try every subset (up to 16 candidates, 65,536 selections), the
 * solver with the service's configuration finds the exact lexicographic optimum of domain rules §6,
 * scored here independently of the constraint provider.
 */
class OptimumExhaustifTest {

    private static final String[] REGIONS = {Region.BRETAGNE, Region.CORSE, Region.GUYANE, Region.ILE_DE_FRANCE};

    @ParameterizedTest(name = "graine {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theSolverFindsTheExactOptimum(long graine) {
        Allocation probleme = instance(graine);
        HardMediumSoftLongScore optimum = optimumExhaustif(probleme);

        SolverConfig config = SolverConfig.createFromXmlResource("fr/enmr/allocation/solveur.xml")
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(5L).withUnimprovedMillisecondsSpentLimit(800L))
                // one seed under full assertion: every move's undo and the incremental score are checked
                .withEnvironmentMode(graine == 1 ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(graine);
        Allocation resolue = SolverFactory.<Allocation>create(config).buildSolver().solve(probleme);

        assertThat(resolue.getScore()).as("graine %d", graine).isEqualTo(optimum);
    }

    /** 12 to 16 candidates over 4 regions, tight places and envelope, a minimum and sometimes a maximum per region. */
    static Allocation instance(long graine) {
        Random random = new Random(graine);
        int n = 12 + random.nextInt(5);
        List<Candidat> candidats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long cout = 20_000_00L + random.nextInt(70_000) * 100L;
            long valeur = 8_000_000L + random.nextInt(200_000_000);
            candidats.add(new Candidat("T-" + i, "Équipe " + i, REGIONS[random.nextInt(REGIONS.length)], cout, 1000, false, 2,
                    random.nextInt(8) != 0, valeur));
        }
        List<QuotaRegional> quotas = new ArrayList<>();
        for (String region : REGIONS) {
            quotas.add(new QuotaRegional(region, 1 + random.nextInt(2), random.nextBoolean() ? 2 + random.nextInt(2) : null));
        }
        int places = 3 + random.nextInt(4);
        long enveloppe = places * (35_000_00L + random.nextInt(20_000) * 100L);
        return new Allocation(new Limites(places, enveloppe), quotas, candidats);
    }

    /** Every subset scored by the rules of §6 as written, the best kept in hard, medium, soft order. */
    static HardMediumSoftLongScore optimumExhaustif(Allocation probleme) {
        List<Candidat> candidats = probleme.getCandidats();
        HardMediumSoftLongScore meilleur = null;
        for (int masque = 0; masque < 1 << candidats.size(); masque++) {
            HardMediumSoftLongScore score = score(probleme, masque);
            if (meilleur == null || score.compareTo(meilleur) > 0) {
                meilleur = score;
            }
        }
        return meilleur;
    }

    static HardMediumSoftLongScore score(Allocation probleme, int masque) {
        List<Candidat> candidats = probleme.getCandidats();
        long hard = 0;
        long soft = 0;
        long cout = 0;
        int retenus = 0;
        Map<String, Integer> parRegion = new TreeMap<>();
        for (int i = 0; i < candidats.size(); i++) {
            if ((masque & (1 << i)) != 0) {
                Candidat c = candidats.get(i);
                hard -= c.isEligible() ? 0 : 1;
                soft += c.getValeur();
                cout += c.getCoutCentimes();
                retenus++;
                parRegion.merge(c.getRegion(), 1, Integer::sum);
            }
        }
        hard -= Math.max(0, retenus - probleme.getLimites().places());
        hard -= Math.max(0, cout - probleme.getLimites().enveloppeCentimes());
        long medium = 0;
        for (QuotaRegional quota : probleme.getQuotas()) {
            int n = parRegion.getOrDefault(quota.region(), 0);
            hard -= quota.aUnMaximum() ? Math.max(0, n - quota.maximum()) : 0;
            medium -= Math.max(0, quota.minimum() - n);
        }
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }
}
