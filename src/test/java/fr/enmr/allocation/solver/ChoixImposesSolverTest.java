package fr.enmr.allocation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.enmr.allocation.candidats.CandidatsCsv;
import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.allocation.scenario.Imposes;
import fr.enmr.allocation.scenario.ParametresScenario;
import fr.enmr.allocation.scenario.ProblemeAllocation;
import fr.enmr.dossier.echantillon.Codes;

/**
 * The solver never moves a team the ministry imposed, in the construction heuristic nor in any local
 * search move (change, swap, {@link Remplacements}), and still finds the exact optimum among the
 * selections that respect the impositions.
 */
class ChoixImposesSolverTest {

    @ParameterizedTest(name = "graine {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theSolverFindsTheOptimumAmongSelectionsThatRespectTheImpositions(long graine) {
        Allocation libre = OptimumExhaustifTest.instance(graine);
        Allocation probleme = imposer(libre, new Random(graine));
        Set<String> dedans = references(probleme, c -> Boolean.TRUE.equals(c.getImpose()));
        Set<String> dehors = references(probleme, c -> Boolean.FALSE.equals(c.getImpose()));
        assertThat(dedans).as("the instance imposes a team in").isNotEmpty();
        assertThat(dehors).as("and one out").isNotEmpty();

        SolverConfig config = SolverConfig.createFromXmlResource("fr/enmr/allocation/solveur.xml")
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(5L).withUnimprovedMillisecondsSpentLimit(800L))
                // every move's undo and the incremental score checked on one seed
                .withEnvironmentMode(graine == 1 ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(graine);
        Solver<Allocation> solver = SolverFactory.<Allocation>create(config).buildSolver();
        List<String> violations = new ArrayList<>();
        solver.addEventListener(e -> violations.addAll(deplaces(e.getNewBestSolution(), dedans, dehors)));
        Allocation resolue = solver.solve(probleme);

        assertThat(violations).as("imposed teams moved in a new best selection").isEmpty();
        assertThat(deplaces(resolue, dedans, dehors)).isEmpty();
        assertThat(resolue.getScore()).as("graine %d", graine).isEqualTo(optimumRespectant(probleme));
    }

    @Test
    void onTheNationalInstancePinnedTeamsStayPutThroughTheWholeSearch() throws Exception {
        List<CandidatScenario> candidats = CandidatsCsv.lire(Files.readString(Path.of("config/scenarios/candidats-nationaux-400.csv")),
                        Codes.Region.VALEURS).stream().map(CandidatScenario::complet).toList();
        List<CandidatScenario> eligibles = candidats.stream().filter(CandidatScenario::eligible).toList();
        // the three least valuable per euro forced in, the three most valuable forced out: both against the optimum's grain
        List<CandidatScenario> parValeurParEuro = eligibles.stream()
                .sorted(java.util.Comparator.comparingDouble(c -> c.patienteleRetenue() / c.cout().doubleValue())).toList();
        List<Imposes.Choix> retenus = parValeurParEuro.subList(0, 3).stream().map(c -> new Imposes.Choix(c.reference(), "test")).toList();
        List<Imposes.Choix> exclus = parValeurParEuro.subList(parValeurParEuro.size() - 3, parValeurParEuro.size()).stream()
                .map(c -> new Imposes.Choix(c.reference(), "test")).toList();
        ParametresScenario parametres = new ParametresScenario(null, null, null, null, Map.of(Codes.Region.ILE_DE_FRANCE, 10), null, null, 2,
                new Imposes(retenus, exclus)).avecDefauts(2);
        Allocation probleme = ProblemeAllocation.aResoudre(parametres, candidats);
        Set<String> dedans = retenus.stream().map(Imposes.Choix::reference).collect(Collectors.toSet());
        Set<String> dehors = exclus.stream().map(Imposes.Choix::reference).collect(Collectors.toSet());

        // a fixed number of local search steps rather than a time: the same search however busy the machine is
        SolverConfig config = SolverConfig.createFromXmlResource("fr/enmr/allocation/solveur.xml")
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(120L));
        config.getPhaseConfigList().get(1).setTerminationConfig(new TerminationConfig().withStepCountLimit(3_000));
        Solver<Allocation> solver = SolverFactory.<Allocation>create(config).buildSolver();
        List<String> violations = new ArrayList<>();
        int[] meilleures = {0};
        solver.addEventListener(e -> {
            meilleures[0]++;
            violations.addAll(deplaces(e.getNewBestSolution(), dedans, dehors));
        });
        Allocation resolue = solver.solve(probleme);

        assertThat(meilleures[0]).as("new best selections were checked").isPositive();
        assertThat(violations).isEmpty();
        assertThat(deplaces(resolue, dedans, dehors)).isEmpty();
        assertThat(resolue.getScore().hardScore()).isZero();
    }

    /** The free instance with one or two eligible teams forced in (affordable together) and one or two forced out. */
    private static Allocation imposer(Allocation libre, Random random) {
        List<Candidat> eligibles = libre.getCandidats().stream().filter(Candidat::isEligible).toList();
        int nIn = 1 + random.nextInt(2);
        int nOut = 1 + random.nextInt(2);
        List<Candidat> candidats = new ArrayList<>();
        int pris = 0;
        int exclus = 0;
        for (Candidat c : libre.getCandidats()) {
            if (c.isEligible() && pris < nIn && eligibles.indexOf(c) % 3 == 0) {
                candidats.add(c.impose(true));
                pris++;
            } else if (c.isEligible() && exclus < nOut && eligibles.indexOf(c) % 3 == 1) {
                candidats.add(c.impose(false));
                exclus++;
            } else {
                candidats.add(c);
            }
        }
        return new Allocation(libre.getLimites(), libre.getQuotas(), candidats);
    }

    /** The exhaustive optimum over the subsets that retain every team forced in and none forced out. */
    private static HardMediumSoftLongScore optimumRespectant(Allocation probleme) {
        List<Candidat> candidats = probleme.getCandidats();
        HardMediumSoftLongScore meilleur = null;
        for (int masque = 0; masque < 1 << candidats.size(); masque++) {
            boolean respecte = true;
            for (int i = 0; i < candidats.size() && respecte; i++) {
                Boolean impose = candidats.get(i).getImpose();
                respecte = impose == null || impose == ((masque & (1 << i)) != 0);
            }
            if (respecte) {
                HardMediumSoftLongScore score = OptimumExhaustifTest.score(probleme, masque);
                meilleur = meilleur == null || score.compareTo(meilleur) > 0 ? score : meilleur;
            }
        }
        return meilleur;
    }

    private static Set<String> references(Allocation allocation, Predicate<Candidat> filtre) {
        return allocation.getCandidats().stream().filter(filtre).map(Candidat::getReference).collect(Collectors.toSet());
    }

    private static List<String> deplaces(Allocation allocation, Set<String> dedans, Set<String> dehors) {
        return allocation.getCandidats().stream()
                .filter(c -> dedans.contains(c.getReference()) != c.estRetenu() && (dedans.contains(c.getReference()) || dehors.contains(c.getReference())))
                .map(c -> c.getReference() + (c.estRetenu() ? " retenu" : " non retenu")).toList();
    }
}
