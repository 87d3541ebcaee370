package fr.enmr.benchmark;

import fr.enmr.dossier.echantillon.Codes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import fr.enmr.dossier.echantillon.JsonDossiers;
import fr.enmr.pilotage.ParametresPilotage;
import fr.enmr.pilotage.PilotageService;
import fr.enmr.pilotage.TableauDeBord;
import fr.enmr.store.EmbeddedCaches;
import fr.enmr.store.StoreCache;
import fr.enmr.store.StoredDecision;
import fr.enmr.store.StoredSummary;
import fr.enmr.store.Syntheses;

/**
 * The steering dashboard benchmark (BENCHMARKS.md, « Steering dashboards »): loads N generated dossiers (half ENMR_2014, half ENMR_2010, all
 * 26 regions; 1 in 10 decided a second time) decided by the plain-Java reference of the rules (ReglesEnJava, checked equal
 * to the service's DMN by ReglesEnJavaTest) into an embedded store, as the service stores them (decision and summary),
 * then times computing every aggregate and answering dashboards, in this JVM. Usage:
 * {@code BancPilotage <store directory> [decisions=100000] [answers=20]}; the directory can then be opened by the service
 * ({@code -Denmr.store.chemin=…}) to time the HTTP answer (config/benchmarks/pilotage.sh).
 */
public final class BancPilotage {

    private BancPilotage() {
    }

    public static void main(String[] args) throws Exception {
        Path dossier = Path.of(args[0]);
        int nombre = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int reponses = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ObjectMapper json = JsonDossiers.mapper();
        boolean vide = !Files.isDirectory(dossier);
        try (EmbeddedCaches caches = new EmbeddedCaches(dossier)) {
            Syntheses syntheses = new Syntheses(caches, json);
            if (vide) {
                charger(caches, json, nombre);
            }
            long debut = System.nanoTime();
            syntheses.toutRecalculer();
            double toutMs = (System.nanoTime() - debut) / 1e6;
            PilotageService service = new PilotageService(syntheses, () -> Codes.Region.VALEURS);
            List<Double> durees = new ArrayList<>();
            TableauDeBord tableau = null;
            for (int i = 0; i < reponses; i++) {
                String campagne = i % 2 == 0 ? "ENMR_2014" : "ENMR_2010";
                long t = System.nanoTime();
                tableau = service.tableau(ParametresPilotage.lire(campagne, null, null, c -> Codes.Campagne.ENMR_2010.equals(c) ? 2010 : 2014));
                durees.add((System.nanoTime() - t) / 1e6);
            }
            durees.sort(Double::compare);
            System.out.printf("decisions stored: %d, summaries: %d, machine: %s, load: %s%n", caches.cache(StoreCache.DECISIONS.nom()).size(),
                    caches.cache(StoreCache.SYNTHESES.nom()).size(), Machine.description(), Machine.charge());
            System.out.printf("every aggregate computed (%d campaign-year-regions): %.0f ms%n",
                    syntheses.agregats(new Syntheses.Perimetre(null, null, null)).size(), toutMs);
            System.out.printf("dashboard answers (%d, both campaigns, every region): median %.1f ms, max %.1f ms; last: %d sites, total %s €%n",
                    reponses, durees.get(durees.size() / 2), durees.get(durees.size() - 1), tableau.sites(), tableau.total());
        }
    }

    private static void charger(EmbeddedCaches caches, ObjectMapper json, int nombre) throws Exception {
        ReglesEnJava regles = new ReglesEnJava();
        List<Dossier> dossiers = new ArrayList<>(new GenerateurDossiers().generer(2014, nombre / 2, Campagne.ENMR_2014));
        dossiers.addAll(new GenerateurDossiers().generer(2010, nombre - nombre / 2 - nombre / 20, Campagne.ENMR_2010));
        dossiers.addAll(dossiers.subList(0, nombre / 20)); // decided again: counted once
        Map<String, StoredDecision> decisions = new HashMap<>();
        Map<String, StoredSummary> resumes = new HashMap<>();
        long debut = System.nanoTime();
        for (Dossier dossier : dossiers) {
            DecisionStockeeDuBanc stockee = DecisionStockeeDuBanc.de(dossier, regles, json);
            decisions.put(stockee.decision().id(), stockee.decision());
            StoredSummary resume = stockee.resume();
            resumes.put(resume.cle(), resume); // the latest of a reference replaces the earlier one, as Syntheses.enregistrer does
            if (decisions.size() == 1000) {
                caches.cache(StoreCache.DECISIONS.nom()).putAll(decisions);
                decisions.clear();
            }
        }
        caches.cache(StoreCache.DECISIONS.nom()).putAll(decisions);
        List<StoredSummary> liste = new ArrayList<>(resumes.values());
        for (int i = 0; i < liste.size(); i += 1000) {
            Map<String, StoredSummary> lot = new HashMap<>();
            liste.subList(i, Math.min(liste.size(), i + 1000)).forEach(r -> lot.put(r.cle(), r));
            caches.cache(StoreCache.SYNTHESES.nom()).putAll(lot);
        }
        System.out.printf("loaded %d decisions (%d summaries) in %.0f s%n", dossiers.size(), resumes.size(), (System.nanoTime() - debut) / 1e9);
    }
}
