package fr.enmr.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import fr.enmr.dossier.echantillon.JsonDossiers;

/**
 * The store's freshness promise (issue 27): a query sees a decision within 1 s of its 201. A burst of generated dossiers
 * is posted by concurrent clients, each the ARS agent of its dossier's region; right after each 201 its client asks, in
 * turn and again until each shows the decision, what an agent and the ministry ask: a part of the reference, a part of
 * the structure's name, region + campaign + eligibility, the latest decision of each reference (read through the
 * dashboards' summaries), the steering dashboard. No read begun more than 1 s after the 201 may miss it. (A read begun
 * earlier may: the promise gives the store that second. A slow machine makes reads late, never wrong: it cannot fail
 * this test, it only makes the reads fewer.) Run in both store modes by FraicheurApiTest (embedded) and
 * FraicheurApiDistantTest (remote).
 */
public abstract class FraicheurApiSuite {

    private static final ObjectMapper JSON = JsonDossiers.mapper();
    private static final int DECISIONS = 50;
    private static final int CLIENTS = 8;
    static final Duration PROMESSE = Duration.ofSeconds(1);
    /** Beyond this a query that still misses a decision is not late but wrong: stop reading it. */
    private static final Duration ABANDON = Duration.ofSeconds(30);
    private static final String MINISTERE = "ministere";

    /** A decision answered 201, with when its client received the answer and its rank among its dashboard's 201s. */
    record Acquittee(String id, String reference, String partieDuNom, String region, String campagne, int annee, boolean eligible,
            long recueNanos, int rangDansLeTableau) {

        String tableau() {
            return FraicheurApiSuite.tableau(campagne, annee, region);
        }
    }

    /** One of the reads that must show a decision. */
    private record Vue(String nom, Lecture lecture) {
    }

    @FunctionalInterface
    private interface Lecture {
        boolean montre(Acquittee decision) throws Exception;
    }

    /** How one view's reads of one decision went, in ms after its 201: the latest read that missed it, the one that showed it. */
    record Lectures(long dernierManque, long montree) {
    }

    /** Made in the test: the test port is known once the service has started. */
    private AccesHttp acces;
    /** Sites counted by each dashboard (campagne/annee/region) before the burst, and the 201s of its perimeter since. */
    private final Map<String, Long> sitesAvant = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acquitteesParTableau = new ConcurrentHashMap<>();

    @Test
    void noQueryBegunMoreThanOneSecondAfterA201MissesItsDecisionInABurst() throws Exception {
        acces = AccesHttp.serviceDeTest(Duration.ofSeconds(30));
        String jeton = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        List<ObjectNode> dossiers = new ArrayList<>();
        List<Dossier> generes = new GenerateurDossiers().generer(System.nanoTime(), DECISIONS, Campagne.ENMR_2014);
        for (int i = 0; i < generes.size(); i++) {
            ObjectNode dossier = JSON.valueToTree(generes.get(i));
            dossier.put("reference", String.format("FRA%s-%02d", jeton, i));
            ObjectNode structure = (ObjectNode) dossier.get("structure");
            // the searched part, with an accent and capitals the search ignores
            structure.put("nom", structure.path("nom").asText("Maison de santé") + " — Fraîcheur " + jeton + " " + String.format("%02d", i));
            dossiers.add(dossier);
            sitesAvant.computeIfAbsent(tableau(dossier), this::sites);
        }
        List<Vue> vues = vues();
        Map<String, Map<String, Lectures>> lectures = new ConcurrentHashMap<>(); // decision → view → its reads
        AtomicInteger suivant = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> fins = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                fins.add(clients.submit(() -> {
                    for (int i = suivant.getAndIncrement(); i < dossiers.size(); i = suivant.getAndIncrement()) {
                        Acquittee decision = decider(dossiers.get(i));
                        lectures.put(decision.reference() + " (" + decision.id() + ")", lireJusquAVoir(decision, vues));
                    }
                    return null;
                }));
            }
            for (Future<?> fin : fins) {
                fin.get(10, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }

        System.out.println("Freshness, by query, the latest read that missed a decision and the latest first read that showed one"
                + " (ms after the 201): " + resume(lectures, vues));
        Map<String, Map<String, Lectures>> enRetard = new LinkedHashMap<>();
        lectures.forEach((decision, parVue) -> parVue.forEach((vue, l) -> {
            if (l.montree() < 0 || l.dernierManque() > PROMESSE.toMillis()) {
                enRetard.computeIfAbsent(decision, d -> new LinkedHashMap<>()).put(vue, l);
            }
        }));
        assertThat(enRetard).as("decisions a query missed more than " + PROMESSE.toMillis() + " ms after their 201"
                + " (dernierManque: ms from the 201 to the start of the latest read that missed it; montree: to the read that showed it, -1: never)")
                .isEmpty();
        assertThat(lectures).hasSize(DECISIONS);
        sitesAvant.forEach((tableau, avant) -> assertThat(sites(tableau))
                .as("sites of " + tableau + " after the burst").isEqualTo(avant + acquitteesParTableau.get(tableau).get()));
    }

    private Acquittee decider(ObjectNode dossier) throws Exception {
        String region = dossier.get("structure").get("region").asText();
        HttpResponse<String> reponse = acces.decider(AccesHttp.agentArs(region), JSON.writeValueAsString(dossier));
        long recue = System.nanoTime();
        // ranked at once: every decision ranked before this one in its dashboard was answered before it
        int rang = reponse.statusCode() == 201 ? acquitteesParTableau.computeIfAbsent(tableau(dossier), t -> new AtomicInteger()).incrementAndGet() : 0;
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(201);
        JsonNode corps = JSON.readTree(reponse.body());
        String nom = dossier.get("structure").get("nom").asText();
        return new Acquittee(corps.get("id").asText(), corps.get("reference").asText(), nom.substring(nom.indexOf("Fraîcheur")),
                region, corps.get("campagne").asText(), corps.get("annee").asInt(), corps.get("eligible").asBoolean(), recue, rang);
    }

    /** Reads every view in turn, again and again, until each has shown the decision (or for {@link #ABANDON}). */
    private static Map<String, Lectures> lireJusquAVoir(Acquittee decision, List<Vue> vues) throws Exception {
        Map<String, Long> dernierManque = new LinkedHashMap<>();
        Map<String, Lectures> parVue = new LinkedHashMap<>();
        while (parVue.size() < vues.size()) {
            for (Vue vue : vues) {
                if (parVue.containsKey(vue.nom())) {
                    continue;
                }
                long debut = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - decision.recueNanos());
                if (vue.lecture().montre(decision)) {
                    parVue.put(vue.nom(), new Lectures(dernierManque.getOrDefault(vue.nom(), -1L), debut));
                } else if (debut > ABANDON.toMillis()) {
                    parVue.put(vue.nom(), new Lectures(debut, -1));
                } else {
                    dernierManque.put(vue.nom(), debut);
                }
            }
            Thread.sleep(20);
        }
        return parVue;
    }

    private List<Vue> vues() {
        return List.of(
                new Vue("reference", d -> liste(AccesHttp.agentArs(d.region()),
                        AccesHttp.parametres("reference", d.reference().substring(1).toLowerCase(Locale.ROOT), "taille", "100"), d)),
                new Vue("nom", d -> liste(AccesHttp.agentArs(d.region()), AccesHttp.parametres("nom", d.partieDuNom(), "taille", "100"), d)),
                new Vue("region+campagne+eligible", d -> liste(MINISTERE, AccesHttp.parametres("region", d.region(),
                        "campagne", d.campagne(), "eligible", Boolean.toString(d.eligible()), "taille", "100"), d)),
                new Vue("derniere de chaque reference", d -> liste(AccesHttp.agentArs(d.region()), AccesHttp.parametres("reference", d.reference(),
                        "campagne", d.campagne(), "annee", Integer.toString(d.annee())), d)),
                // the dashboard counts sites, not decisions: it must count at least every decision of its perimeter answered
                // before this one (and this one)
                new Vue("pilotage", d -> sites(d.tableau()) >= sitesAvant.get(d.tableau()) + d.rangDansLeTableau()));
    }

    private boolean liste(String compte, Map<String, String> parametres, Acquittee decision) throws Exception {
        for (JsonNode listee : acces.json(compte, "/api/decisions", parametres).get("decisions")) {
            if (listee.get("id").asText().equals(decision.id())) {
                return true;
            }
        }
        return false;
    }

    private long sites(String tableau) {
        String[] p = tableau.split("/");
        try {
            return acces.json(MINISTERE, "/api/pilotage", AccesHttp.parametres("campagne", p[0], "annee", p[1], "region", p[2]))
                    .get("sites").asLong();
        } catch (Exception e) {
            throw new IllegalStateException("dashboard " + tableau + " unreadable", e);
        }
    }

    private static String tableau(ObjectNode dossier) {
        return tableau(dossier.get("campagne").asText(), dossier.get("annee").asInt(), dossier.get("structure").get("region").asText());
    }

    private static String tableau(String campagne, int annee, String region) {
        return campagne + "/" + annee + "/" + region;
    }

    private static Map<String, String> resume(Map<String, Map<String, Lectures>> lectures, List<Vue> vues) {
        Map<String, String> resume = new LinkedHashMap<>();
        for (Vue vue : vues) {
            long manque = lectures.values().stream().mapToLong(l -> l.get(vue.nom()).dernierManque()).max().orElse(-1);
            long montree = lectures.values().stream().mapToLong(l -> l.get(vue.nom()).montree()).max().orElse(-1);
            long lusATemps = lectures.values().stream().filter(l -> l.get(vue.nom()).dernierManque() >= 0
                    || l.get(vue.nom()).montree() >= 0 && l.get(vue.nom()).montree() <= PROMESSE.toMillis()).count();
            resume.put(vue.nom(), manque + " / " + montree + " (" + lusATemps + " of " + lectures.size() + " decisions read within "
                    + PROMESSE.toMillis() + " ms)");
        }
        return resume;
    }
}
