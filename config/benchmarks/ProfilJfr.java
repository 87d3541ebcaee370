import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes in a JFR recording: the hottest methods (self time, top frame of each CPU sample), the
 * methods most often on the stack (inclusive), and the share of samples under each part of the decision path.
 * Usage: java config/benchmarks/ProfilJfr.java recording.jfr [lines]
 */
public class ProfilJfr {

    /** Parts of the decision path, recognised by a frame anywhere on the sampled stack (first match wins). */
    private static final Map<String, String> PARTIES = new LinkedHashMap<>();
    static {
        PARTIES.put("store: Infinispan put (embedded, fsync)", "fr.enmr.store.CacheDecisionStore.save");
        PARTIES.put("constats: Drools rule unit", "fr.enmr.moteur.constats.ConstatsService.constater");
        PARTIES.put("DMN: input conversion (Jackson + DMNJSONUtils.ctx)", "org.kie.kogito.dmn.rest.DMNJSONUtils.ctx");
        PARTIES.put("DMN: evaluation", "org.kie.dmn.core.impl.DMNRuntimeImpl.evaluateAll");
        PARTIES.put("DMN: result read back (Jackson convertValue)", "fr.enmr.moteur.DecisionEvaluator.verdict");
        PARTIES.put("validation (Hibernate Validator)", "fr.enmr.dossier.DossierValidator.violations");
        PARTIES.put("request JSON read (LecteurDossier)", "fr.enmr.dossier.LecteurDossier.lire");
        PARTIES.put("decision and dossier JSON written (Jackson)", "fr.enmr.decision.DecisionService.ecrire");
        PARTIES.put("decision path, rest", "fr.enmr.decision.DecisionService.decider");
        PARTIES.put("ping endpoint", "fr.enmr.web.PingResource");
        PARTIES.put("HTTP stack (Vert.x, RESTEasy Reactive, Netty)", "io.netty.");
    }

    public static void main(String[] args) throws IOException {
        int lignes = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> propre = new HashMap<>();
        Map<String, Integer> inclusif = new HashMap<>();
        Map<String, Integer> parties = new LinkedHashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace pile = event.getStackTrace();
            if (pile == null || pile.getFrames().isEmpty()) {
                continue;
            }
            total++;
            List<RecordedFrame> cadres = pile.getFrames();
            propre.merge(nom(cadres.get(0)), 1, Integer::sum);
            Set<String> vus = new HashSet<>();
            for (RecordedFrame cadre : cadres) {
                if (vus.add(nom(cadre))) {
                    inclusif.merge(nom(cadre), 1, Integer::sum);
                }
            }
            parties.merge(partie(cadres), 1, Integer::sum);
        }
        System.out.printf("%d CPU samples (truncated stacks count under 'other')%n%n", total);
        System.out.println("Share of samples by part of the path:");
        afficher(parties, total, lignes);
        System.out.println("\nHottest methods, self time:");
        afficher(propre, total, lignes);
        System.out.println("\nMethods most often on the stack, inclusive:");
        afficher(inclusif, total, lignes);
    }

    private static String partie(List<RecordedFrame> cadres) {
        for (Map.Entry<String, String> partie : PARTIES.entrySet()) {
            for (RecordedFrame cadre : cadres) {
                if (nom(cadre).startsWith(partie.getValue())) {
                    return partie.getKey();
                }
            }
        }
        return "other (JIT, GC, logging, truncated stacks)";
    }

    private static String nom(RecordedFrame cadre) {
        return cadre.getMethod().getType().getName() + "." + cadre.getMethod().getName();
    }

    private static void afficher(Map<String, Integer> comptes, int total, int lignes) {
        comptes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(lignes)
                .forEach(e -> System.out.printf("%6.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }
}
