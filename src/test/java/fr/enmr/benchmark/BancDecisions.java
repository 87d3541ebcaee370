package fr.enmr.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import fr.enmr.benchmark.MoteurHorsQuarkus.ConfigurationDmn;
import fr.enmr.moteur.DecisionEvaluator;
import fr.enmr.moteur.Verdict;
import fr.enmr.dossier.Dossier;

/**
 * The full decision in process (DMN model + findings rule unit, as DecisionEvaluator runs them in the service), and the
 * plain-Java reference on the same dossiers as the practical limit. One operation = one dossier decided.
 * Run by LancerBancDecisions (./mvnw -B -Pbenchmarks test); durations and threads are set there.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BancDecisions {

    /** The benchmark dossiers, shared by all threads (read only). */
    @State(Scope.Benchmark)
    public static class Dossiers {
        final List<Dossier> tous = DossiersDuBanc.tous();
    }

    /** Each thread walks the dossiers in turn, from its own starting point. */
    @State(Scope.Thread)
    public static class Curseur {
        private int position = -1;

        Dossier suivant(Dossiers dossiers) {
            if (position < 0) {
                position = (int) (Thread.currentThread().getId() * 977 % dossiers.tous.size());
            }
            position = position + 1 == dossiers.tous.size() ? 0 : position + 1;
            return dossiers.tous.get(position);
        }
    }

    @State(Scope.Benchmark)
    public static class Service {
        @Param({"COMPILE", "SERVICE", "CONTROLE_DE_TYPES"})
        public ConfigurationDmn configuration;
        DecisionEvaluator evaluateur;

        /** Built once per run, then checked to give the reference's verdict on every dossier: the work compared is the same. */
        @Setup(Level.Trial)
        public void preparer(Dossiers dossiers) {
            evaluateur = MoteurHorsQuarkus.evaluateur(configuration);
            ReglesEnJava reference = new ReglesEnJava();
            for (Dossier dossier : dossiers.tous) {
                if (!evaluateur.evaluer(dossier).sansLignesRetenues().equals(reference.evaluer(dossier))) {
                    throw new IllegalStateException(configuration + ": the reference differs on " + dossier.reference());
                }
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Reference {
        final ReglesEnJava regles = new ReglesEnJava();
    }

    @Benchmark
    public Verdict dmnEtDrools(Service service, Dossiers dossiers, Curseur curseur) {
        return service.evaluateur.evaluer(curseur.suivant(dossiers));
    }

    @Benchmark
    public Verdict reglesEnJava(Reference reference, Dossiers dossiers, Curseur curseur) {
        return reference.regles.evaluer(curseur.suivant(dossiers));
    }
}
