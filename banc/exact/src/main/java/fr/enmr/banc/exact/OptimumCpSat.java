package fr.enmr.banc.exact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * The proven optimum of allocation instances written by the service's benchmark
 * ({@code target/benchmarks/instances/probleme-N.txt}): the same lexicographic objective as the
 * solver (domain rules §6), solved in two CP-SAT runs: least regional shortfall, then most value
 * at that shortfall. The ministry's imposed choices are fixed variables (forced to 1 or 0).
 * Writes {@code probleme-N.optimum.txt} beside each instance.
 * Usage: {@code OptimumCpSat <secondes par instance> <probleme-N.txt>...}; run by banc/allocation.sh.
 */
public final class OptimumCpSat {

    private OptimumCpSat() {
    }

    public static void main(String[] args) throws IOException {
        Loader.loadNativeLibraries();
        double limite = Double.parseDouble(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path instance = Path.of(args[i]);
            String resultat = resoudre(Instance.lire(instance), limite);
            Path sortie = instance.resolveSibling(instance.getFileName().toString().replace(".txt", ".optimum.txt"));
            Files.writeString(sortie, resultat, StandardCharsets.UTF_8);
            System.out.println(instance.getFileName() + " -> " + resultat.lines().limit(5).toList());
        }
    }

    static String resoudre(Instance instance, double limite) {
        long debut = System.nanoTime();
        Modele manque = new Modele(instance);
        manque.model.minimize(LinearExpr.sum(manque.manques.toArray(new IntVar[0])));
        CpSolverStatus statut1 = manque.resoudre(limite / 2);
        long manqueMinimal = Math.round(manque.solver.objectiveValue());
        boolean prouve1 = statut1 == CpSolverStatus.OPTIMAL;

        Modele valeur = new Modele(instance);
        valeur.model.addLessOrEqual(LinearExpr.sum(valeur.manques.toArray(new IntVar[0])), manqueMinimal);
        valeur.model.maximize(LinearExpr.weightedSum(valeur.x.toArray(new Literal[0]), valeur.valeurs()));
        CpSolverStatus statut2 = valeur.resoudre(limite / 2);
        double secondes = (System.nanoTime() - debut) / 1e9;

        StringBuilder texte = new StringBuilder();
        texte.append("statut ").append(prouve1 && statut2 == CpSolverStatus.OPTIMAL ? "OPTIMAL" : statut2.name()).append('\n');
        texte.append("manque ").append(manqueMinimal).append('\n');
        texte.append("valeur ").append(Math.round(valeur.solver.objectiveValue())).append('\n');
        texte.append("borne ").append(Math.round(valeur.solver.bestObjectiveBound())).append('\n');
        texte.append("secondes ").append(String.format(Locale.ROOT, "%.1f", secondes)).append('\n');
        texte.append("retenus");
        for (int i = 0; i < instance.references.size(); i++) {
            if (valeur.solver.booleanValue(valeur.x.get(i))) {
                texte.append(' ').append(instance.references.get(i));
            }
        }
        return texte.append('\n').toString();
    }

    /** One CP-SAT model of the instance: a boolean per candidate, the hard limits, a shortfall per region. */
    private static final class Modele {
        final CpModel model = new CpModel();
        final CpSolver solver = new CpSolver();
        final List<Literal> x = new ArrayList<>();
        final List<IntVar> manques = new ArrayList<>();
        final Instance instance;

        Modele(Instance instance) {
            this.instance = instance;
            int n = instance.references.size();
            long[] couts = new long[n];
            for (int i = 0; i < n; i++) {
                x.add(model.newBoolVar(instance.references.get(i)));
                couts[i] = instance.couts.get(i);
                if (!instance.eligibles.get(i) || "exclu".equals(instance.imposes.get(i))) {
                    model.addEquality((IntVar) x.get(i), 0);
                } else if ("retenu".equals(instance.imposes.get(i))) {
                    model.addEquality((IntVar) x.get(i), 1); // imposed by the ministry: a fixed variable
                }
            }
            model.addLessOrEqual(LinearExpr.sum(x.toArray(new Literal[0])), instance.places);
            model.addLessOrEqual(LinearExpr.weightedSum(x.toArray(new Literal[0]), couts), instance.enveloppe);
            for (Map.Entry<String, long[]> quota : instance.quotas.entrySet()) {
                List<Literal> region = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (instance.regions.get(i).equals(quota.getKey())) {
                        region.add(x.get(i));
                    }
                }
                LinearExpr retenus = LinearExpr.sum(region.toArray(new Literal[0]));
                long minimum = quota.getValue()[0];
                long maximum = quota.getValue()[1];
                if (maximum >= 0) {
                    model.addLessOrEqual(retenus, maximum);
                }
                if (minimum > 0) {
                    IntVar manque = model.newIntVar(0, minimum, "manque_" + quota.getKey());
                    // manque >= minimum - retenus
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(manque).add(retenus).build(), minimum);
                    manques.add(manque);
                }
            }
        }

        long[] valeurs() {
            return instance.valeurs.stream().mapToLong(Long::longValue).toArray();
        }

        CpSolverStatus resoudre(double secondes) {
            solver.getParameters().setMaxTimeInSeconds(secondes);
            solver.getParameters().setNumWorkers(2);
            return solver.solve(model);
        }
    }

    /**
     * The instance text format: "places N", "enveloppe C", "quota REGION MIN MAX|-",
     * "candidat REF REGION COUT VALEUR ELIGIBLE [retenu|exclu|-]" (the last: the ministry's imposed choice, none when absent).
     */
    record Instance(long places, long enveloppe, Map<String, long[]> quotas, List<String> references, List<String> regions,
            List<Long> couts, List<Long> valeurs, List<Boolean> eligibles, List<String> imposes) {

        static Instance lire(Path fichier) throws IOException {
            long places = 0;
            long enveloppe = 0;
            Map<String, long[]> quotas = new LinkedHashMap<>();
            List<String> references = new ArrayList<>();
            List<String> regions = new ArrayList<>();
            List<Long> couts = new ArrayList<>();
            List<Long> valeurs = new ArrayList<>();
            List<Boolean> eligibles = new ArrayList<>();
            List<String> imposes = new ArrayList<>();
            for (String ligne : Files.readAllLines(fichier, StandardCharsets.UTF_8)) {
                String[] m = ligne.strip().split("\\s+");
                switch (m[0]) {
                    case "places" -> places = Long.parseLong(m[1]);
                    case "enveloppe" -> enveloppe = Long.parseLong(m[1]);
                    case "quota" -> quotas.put(m[1], new long[] {Long.parseLong(m[2]), m[3].equals("-") ? -1 : Long.parseLong(m[3])});
                    case "candidat" -> {
                        references.add(m[1]);
                        regions.add(m[2]);
                        couts.add(Long.parseLong(m[3]));
                        valeurs.add(Long.parseLong(m[4]));
                        eligibles.add(Boolean.parseBoolean(m[5]));
                        imposes.add(m.length > 6 ? m[6] : "-");
                    }
                    default -> { // comments and blank lines
                    }
                }
            }
            return new Instance(places, enveloppe, quotas, references, regions, couts, valeurs, eligibles, imposes);
        }
    }
}
