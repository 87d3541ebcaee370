package fr.enmr.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs BancDecisions on 1 then 2 threads and writes target/benchmarks/decisions.md: decisions per second of the DMN +
 * Drools path in each engine configuration, of the plain-Java reference, their ratio, allocation per decision, and the
 * machine's load before and after (numbers taken on a busy machine understate). First argument "rapide": a smoke run;
 * second, optional: the engine configurations to measure, comma-separated (e.g. "COMPILE"; default all three).
 */
public final class LancerBancDecisions {

    private static final Path SORTIE = Path.of("target", "benchmarks");

    private LancerBancDecisions() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean rapide = args.length > 0 && args[0].equals("rapide");
        String[] configurations = args.length > 1 && !args[1].isBlank() ? args[1].split(",") : new String[0];
        Files.createDirectories(SORTIE);
        String chargeAvant = Machine.charge();
        ZonedDateTime debut = ZonedDateTime.now();
        Map<Integer, List<RunResult>> parThreads = new LinkedHashMap<>();
        for (int threads : new int[] {1, 2}) {
            OptionsBuilder choix = new OptionsBuilder();
            if (configurations.length > 0) {
                choix.param("configuration", configurations);
            }
            Options options = choix
                    .include(BancDecisions.class.getName() + "\\.")
                    .threads(threads)
                    .forks(1)
                    .warmupIterations(rapide ? 1 : 4).warmupTime(TimeValue.seconds(rapide ? 2 : 5))
                    .measurementIterations(rapide ? 2 : 5).measurementTime(TimeValue.seconds(rapide ? 2 : 5))
                    .addProfiler(GCProfiler.class)
                    .resultFormat(ResultFormatType.JSON)
                    .result(SORTIE.resolve("decisions-" + threads + (threads == 1 ? "-thread" : "-threads") + ".json").toString())
                    .build();
            parThreads.put(threads, new ArrayList<>(new Runner(options).run()));
        }
        String rapport = Rapport.ecrire(parThreads, debut, chargeAvant, Machine.charge(), rapide);
        Files.writeString(SORTIE.resolve("decisions.md"), rapport);
        System.out.println(rapport);
    }

    /** The report: one row per benchmark and configuration, one column group per thread count. */
    static final class Rapport {
        private Rapport() {
        }

        static String ecrire(Map<Integer, List<RunResult>> parThreads, ZonedDateTime debut, String chargeAvant,
                String chargeApres, boolean rapide) {
            StringBuilder texte = new StringBuilder();
            texte.append("# In-process decision benchmark").append(rapide ? " (smoke run: too short to quote)" : "").append("\n\n")
                    .append("- date: ").append(debut.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n')
                    .append("- machine: ").append(Machine.description()).append('\n')
                    .append("- load average (1, 5, 15 min) before: ").append(chargeAvant).append(", after: ").append(chargeApres).append("\n\n")
                    .append("| benchmark | 1 thread (decisions/s) | 2 threads (decisions/s) | allocated per decision |\n")
                    .append("|---|---:|---:|---:|\n");
            Map<String, double[]> debits = new LinkedHashMap<>();
            for (Map.Entry<Integer, List<RunResult>> entree : parThreads.entrySet()) {
                for (RunResult run : entree.getValue()) {
                    String nom = nom(run);
                    Result<?> primaire = run.getPrimaryResult();
                    debits.computeIfAbsent(nom, n -> new double[4]);
                    debits.get(nom)[entree.getKey() - 1] = primaire.getScore();
                    debits.get(nom)[entree.getKey() + 1] = primaire.getScoreError();
                }
            }
            for (Map.Entry<String, double[]> ligne : debits.entrySet()) {
                double[] d = ligne.getValue();
                texte.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", ligne.getKey(),
                        debit(d[0], d[2]), debit(d[1], d[3]), allocation(parThreads.get(1), ligne.getKey())));
            }
            double[] java = debits.get("reglesEnJava");
            texte.append("\nRatio plain Java / DMN + Drools (how many times slower the rules engines are):\n\n");
            for (Map.Entry<String, double[]> ligne : debits.entrySet()) {
                if (java != null && !ligne.getKey().equals("reglesEnJava")) {
                    texte.append(String.format(Locale.ROOT, "- %s: %.0f× on 1 thread, %.0f× on 2 threads%n", ligne.getKey(),
                            java[0] / ligne.getValue()[0], java[1] / ligne.getValue()[1]));
                }
            }
            return texte.toString();
        }

        /** The score and its 99.9 % confidence half-interval (none with fewer than 3 iterations). */
        private static String debit(double score, double erreur) {
            return Double.isFinite(erreur)
                    ? String.format(Locale.ROOT, "%,.0f ± %,.0f", score, erreur)
                    : String.format(Locale.ROOT, "%,.0f", score);
        }

        private static String nom(RunResult run) {
            String methode = run.getParams().getBenchmark().replaceAll(".*\\.", "");
            String configuration = run.getParams().getParam("configuration");
            return configuration == null ? methode : methode + " (" + configuration + ")";
        }

        private static String allocation(List<RunResult> runs, String nom) {
            for (RunResult run : runs) {
                for (Map.Entry<String, Result> secondaire : run.getSecondaryResults().entrySet()) {
                    if (nom(run).equals(nom) && secondaire.getKey().endsWith("gc.alloc.rate.norm")) {
                        return String.format(Locale.ROOT, "%,.0f B", secondaire.getValue().getScore());
                    }
                }
            }
            return "n/a";
        }
    }
}
