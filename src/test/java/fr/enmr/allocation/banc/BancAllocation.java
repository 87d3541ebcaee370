package fr.enmr.allocation.banc;

import fr.enmr.dossier.echantillon.Codes;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.enmr.allocation.candidats.CandidatsCsv;
import fr.enmr.allocation.candidats.ChiffrageDmn;
import fr.enmr.allocation.candidats.GenerateurCandidats;
import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.allocation.scenario.ParametresScenario;
import fr.enmr.allocation.scenario.ProblemeAllocation;
import fr.enmr.allocation.solver.BudgetProcesseur;
import fr.enmr.allocation.solver.PrixImplicite;

/**
 * The allocation benchmark (not a test): for 400, 2,000 and 20,000 generated candidates under the
 * default parameters of domain rules §6, and for 400 and 2,000 with the ministry's levers (regional
 * maximums and imposed choices, {@link Leviers}), the solver's score after a fixed time, against the greedy
 * value-per-euro ranking, the proven optimum (CP-SAT, banc/exact, when its result file is there)
 * and the linear-relaxation bound. Writes target/benchmarks/allocation.md. Run by banc/allocation.sh.
 * {@code --froid}: the process's very first solve (JIT not yet warm) is measured too, on the first levers instance.
 * Usage: {@code BancAllocation [--instances-seulement] [--secondes 10] [--tailles 400,2000,20000] [--tailles-leviers 400,2000] [--froid]}
 */
public final class BancAllocation {

    static final Path DOSSIER = Path.of("target", "benchmarks");
    static final Path INSTANCES = DOSSIER.resolve("instances");

    /** A solver configuration to compare with the service's. */
    record Variante(String nom, Consumer<SolverConfig> reglage, long[] graines) {
    }

    /** One run; {@code secondesProcesseur}: the CPU time the solving thread had, against {@code secondes} of wall clock. */
    record Mesure(String instance, String variante, long graine, double secondesAuMeilleur, HardMediumSoftLongScore score,
            double secondesProcesseur) {
    }

    private BancAllocation() {
    }

    public static void main(String[] args) throws IOException {
        org.jboss.logmanager.LogContext.getLogContext().getLogger("").setLevel(Level.WARNING); // Drools and OptaPlanner debug logs cost minutes
        List<String> arguments = Arrays.asList(args);
        int secondes = Integer.parseInt(option(arguments, "--secondes", "10"));
        int[] tailles = tailles(option(arguments, "--tailles", "400,2000,20000"));
        int[] taillesLeviers = tailles(option(arguments, "--tailles-leviers", "400,2000"));
        Files.createDirectories(INSTANCES);
        ParametresScenario parametres = ParametresScenario.AUCUN.avecDefauts(secondes);
        List<Instance> instances = new ArrayList<>();
        for (int taille : taillesLeviers) {
            List<CandidatScenario> candidats = candidats(taille);
            instances.add(new Instance("leviers-" + taille, taille, Leviers.parametres(candidats, secondes), candidats));
        }
        for (int taille : tailles) {
            instances.add(new Instance(String.valueOf(taille), taille, parametres, candidats(taille)));
        }
        for (Instance instance : instances) {
            InstanceTexte.ecrire(instance.probleme(), INSTANCES.resolve("probleme-" + instance.nom() + ".txt"));
        }
        if (arguments.contains("--instances-seulement")) {
            return;
        }
        List<Mesure> mesures = new ArrayList<>();
        if (arguments.contains("--froid") && !instances.isEmpty()) { // before any other solve: the JIT has compiled nothing of the solver yet
            mesures.add(resoudre(instances.get(0), new Variante("service, première résolution du processus (JIT froid)", config -> { },
                    new long[] {0}), 0, secondes));
            System.out.println(mesures.get(0));
        }
        for (Instance instance : instances) {
            for (Variante variante : variantes()) {
                for (long graine : variante.graines()) {
                    mesures.add(resoudre(instance, variante, graine, secondes));
                    System.out.println(mesures.get(mesures.size() - 1));
                }
            }
        }
        Rapport.ecrire(DOSSIER.resolve("allocation.md"), secondes, instances, mesures);
        System.out.println("Rapport : " + DOSSIER.resolve("allocation.md"));
    }

    static List<Variante> variantes() {
        return List.of(
                new Variante("service : acceptation tardive 20, meilleur de 300 mouvements par pas, remplacements", config -> { }, new long[] {0, 1, 2}),
                new Variante("avant le 2026-12-07 : acceptation tardive 20, premier mouvement accepté", config -> localSearch(config).setForagerConfig(
                        new LocalSearchForagerConfig().withAcceptedCountLimit(1)), new long[] {0, 1, 2}),
                new Variante("acceptation tardive 400", config -> localSearch(config).setAcceptorConfig(
                        new LocalSearchAcceptorConfig().withLateAcceptanceSize(400)), new long[] {0}),
                new Variante("recherche tabou (entité 7, 1 000 mouvements par pas)", config -> {
                    localSearch(config).setAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7));
                    localSearch(config).setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000));
                }, new long[] {0}),
                new Variante("sans remplacements (change + swap seuls)", config -> ((UnionMoveSelectorConfig) localSearch(config).getMoveSelectorConfig())
                        .getMoveSelectorList().removeIf(MoveIteratorFactoryConfig.class::isInstance), new long[] {0}));
    }

    private static LocalSearchPhaseConfig localSearch(SolverConfig config) {
        return (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
    }

    static Mesure resoudre(Instance instance, Variante variante, long graine, int secondes) {
        // as the service counts a scenario's time: processor time of the solving thread, at most 1.5 × in wall-clock time
        SolverConfig config = SolverConfig.createFromXmlResource("fr/enmr/allocation/solveur.xml")
                .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(Math.round(secondes * 1500.0)));
        if (graine != 0) {
            config.setRandomSeed(graine);
        }
        variante.reglage().accept(config);
        Solver<Allocation> solver = SolverFactory.<Allocation>create(config).buildSolver();
        long debut = System.nanoTime();
        double[] auMeilleur = {0};
        solver.addEventListener(e -> auMeilleur[0] = (System.nanoTime() - debut) / 1e9);
        long thread = Thread.currentThread().getId();
        long processeur = BudgetProcesseur.duThread(thread);
        Allocation resultat;
        try (BudgetProcesseur budget = BudgetProcesseur.surveiller(() -> BudgetProcesseur.duThread(thread) - processeur, secondes,
                solver::terminateEarly)) {
            resultat = solver.solve(ProblemeAllocation.aResoudre(instance.parametres(), instance.candidats()));
        }
        return new Mesure(instance.nom(), variante.nom(), graine, auMeilleur[0], resultat.getScore(),
                (BudgetProcesseur.duThread(thread) - processeur) / 1e9);
    }

    /** The 400 of the committed sample; the larger sizes generated once (about 5 ms a dossier) and kept under target/. */
    static List<CandidatScenario> candidats(int taille) throws IOException {
        Path fichier = taille == GenerateurCandidats.NATIONAL ? Path.of("config/scenarios/candidats-nationaux-400.csv")
                : INSTANCES.resolve("candidats-" + taille + ".csv");
        if (!Files.exists(fichier)) {
            System.out.println("Génération de " + taille + " candidats (graine " + GenerateurCandidats.GRAINE + ") dans " + fichier);
            List<CandidatScenario> generes = new GenerateurCandidats(new ChiffrageDmn()).generer(GenerateurCandidats.GRAINE, taille);
            try (Writer sortie = Files.newBufferedWriter(fichier, StandardCharsets.UTF_8)) {
                CandidatsCsv.ecrire(generes, sortie);
            }
        }
        return CandidatsCsv.lire(Files.readString(fichier), Codes.Region.VALEURS).stream().map(CandidatScenario::complet).toList();
    }

    private static int[] tailles(String liste) {
        return liste.isBlank() ? new int[0] : Arrays.stream(liste.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static String option(List<String> arguments, String nom, String defaut) {
        int i = arguments.indexOf(nom);
        return i >= 0 && i + 1 < arguments.size() ? arguments.get(i + 1) : defaut;
    }

    /** One benchmark instance ("400", "leviers-400") and what the baselines say of it. */
    record Instance(String nom, int taille, ParametresScenario parametres, List<CandidatScenario> candidats) {

        String titre() {
            return taille + " candidats" + (nom.startsWith("leviers") ? ", maximums régionaux et choix imposés" : "");
        }

        Allocation probleme() {
            return ProblemeAllocation.aResoudre(parametres, candidats);
        }

        HardMediumSoftLongScore glouton() {
            SolverConfig config = SolverConfig.createFromXmlResource("fr/enmr/allocation/solveur.xml");
            SolutionManager<Allocation, HardMediumSoftLongScore> solutions = SolutionManager.create(SolverFactory.create(config));
            return solutions.update(ProblemeAllocation.decidee(parametres, candidats(), GloutonValeurParEuro.retenus(probleme())));
        }

        double borne() {
            return PrixImplicite.calculer(probleme()).borne();
        }

        /** The proven optimum written by banc/exact, if it ran: {statut, manque, valeur, secondes}. */
        Optional<Map<String, String>> optimum() throws IOException {
            Path fichier = INSTANCES.resolve("probleme-" + nom + ".optimum.txt");
            if (!Files.exists(fichier)) {
                return Optional.empty();
            }
            Map<String, String> valeurs = new java.util.HashMap<>();
            for (String ligne : Files.readAllLines(fichier)) {
                int espace = ligne.indexOf(' ');
                if (espace > 0 && !ligne.startsWith("retenus")) {
                    valeurs.put(ligne.substring(0, espace), ligne.substring(espace + 1));
                }
            }
            return Optional.of(valeurs);
        }
    }

    static String pourcent(double x) {
        return String.format(Locale.FRANCE, "%.4f %%", x);
    }
}
