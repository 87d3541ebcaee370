package fr.enmr.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import fr.enmr.dossier.echantillon.JsonDossiers;
import fr.enmr.store.CacheDecisionStore;
import fr.enmr.store.EmbeddedCaches;
import fr.enmr.store.StoredDecision;
import fr.enmr.store.StoredSummary;

/**
 * What the embedded store alone costs per decision (BENCHMARKS.md, « What bounds the HTTP path »): N decisions written
 * as the service writes them (the decision, then its summary, {@link CacheDecisionStore#save(StoredDecision, StoredSummary)})
 * from 8 threads (or as many as asked) into a new store, without HTTP, JSON reading, validation or rule evaluation (all done beforehand), with
 * or without the disk force. Reports the process's CPU time per decision written (indexing and Lucene merges included,
 * whatever thread they run on) and the decisions written per second. Usage:
 * {@code BancEcrituresStore <decisions=50000> <forcees|sans-fsync> [warm-up decisions, not counted] [writer threads=8]}.
 * More writers mean more writes in flight, which the store shares its disk forces and index flushes between
 * (docs/benchmarks/historique.md, « Writes in flight »).
 */
public final class BancEcrituresStore {

    private static final int ECRIVAINS_PAR_DEFAUT = 8;

    private BancEcrituresStore() {
    }

    public static void main(String[] args) throws Exception {
        int nombre = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        boolean forcees = args.length < 2 || !args[1].equals("sans-fsync");
        int echauffement = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int ecrivainsDemandes = args.length > 3 ? Integer.parseInt(args[3]) : ECRIVAINS_PAR_DEFAUT;
        List<StoredDecision> decisions = new ArrayList<>(echauffement + nombre);
        List<StoredSummary> resumes = new ArrayList<>(echauffement + nombre);
        preparer(echauffement + nombre, decisions, resumes);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path dossier = Files.createTempDirectory("banc-ecritures");
        try (EmbeddedCaches caches = new EmbeddedCaches(dossier.toString(), !forcees)) {
            CacheDecisionStore store = new CacheDecisionStore(caches);
            ExecutorService ecrivains = Executors.newFixedThreadPool(ecrivainsDemandes);
            // the warm-up's decisions go first and are not counted: the JIT compiles the write path on them
            ecrire(store, ecrivains, ecrivainsDemandes, decisions.subList(0, echauffement), resumes.subList(0, echauffement));
            String chargeAvant = Machine.charge();
            long cpu = os.getProcessCpuTime();
            long debut = System.nanoTime();
            ecrire(store, ecrivains, ecrivainsDemandes, decisions.subList(echauffement, decisions.size()),
                    resumes.subList(echauffement, resumes.size()));
            double secondes = (System.nanoTime() - debut) / 1e9;
            double cpuMicros = (os.getProcessCpuTime() - cpu) / 1e3 / nombre;
            ecrivains.shutdown();
            System.out.printf("%d decisions (decision + summary) written by %d threads%s, %s, into a new embedded store: %.0f µs of CPU per decision"
                    + " (all threads), %.1f s, %.0f decisions/s; machine: %s; load before %s, after %s%n", nombre, ecrivainsDemandes,
                    echauffement > 0 ? " after " + echauffement + " not counted (warm-up)" : "",
                    forcees ? "each write forced to disk" : "NO disk force (enmr.store.banc-sans-fsync)", cpuMicros, secondes,
                    nombre / secondes, Machine.description(), chargeAvant, Machine.charge());
        }
    }

    private static void ecrire(CacheDecisionStore store, ExecutorService ecrivains, int nombreEcrivains, List<StoredDecision> decisions,
            List<StoredSummary> resumes) throws Exception {
        AtomicInteger suivante = new AtomicInteger();
        List<Future<?>> fins = new ArrayList<>();
        for (int t = 0; t < nombreEcrivains; t++) {
            fins.add(ecrivains.submit(() -> {
                for (int i; (i = suivante.getAndIncrement()) < decisions.size();) {
                    store.save(decisions.get(i), resumes.get(i));
                }
                return null;
            }));
        }
        for (Future<?> fin : fins) {
            fin.get();
        }
    }

    /** Realistic records: generated dossiers decided by the plain-Java reference, stored as the service stores them. */
    private static void preparer(int nombre, List<StoredDecision> decisions, List<StoredSummary> resumes) throws Exception {
        ObjectMapper json = JsonDossiers.mapper();
        ReglesEnJava regles = new ReglesEnJava();
        List<Dossier> dossiers = new ArrayList<>(new GenerateurDossiers().generer(2014, nombre / 2, Campagne.ENMR_2014));
        dossiers.addAll(new GenerateurDossiers().generer(2010, nombre - nombre / 2, Campagne.ENMR_2010));
        for (Dossier dossier : dossiers) {
            DecisionStockeeDuBanc stockee = DecisionStockeeDuBanc.de(dossier, regles, json);
            decisions.add(stockee.decision());
            resumes.add(stockee.resume());
        }
    }
}
