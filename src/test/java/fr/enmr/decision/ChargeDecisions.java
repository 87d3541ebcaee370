package fr.enmr.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.JsonDossiers;

/**
 * Clients posting generated dossiers to POST /api/decisions without pause, each as the ARS agent of the dossier's
 * region, one reference in four decided a second time, until stopped or until the service or its store fails under
 * them. What was answered 201, refused 503 or left without an answer is kept, so that after the failure a test checks
 * that every acknowledged decision is found: by id, by every search, and counted by the dashboards.
 */
public final class ChargeDecisions {

    private static final ObjectMapper JSON = JsonDossiers.mapper();

    /** What a client sent: its reference, the part of the structure's name it searches by, its dashboard. */
    public record Soumission(String reference, String partieDuNom, String region, String campagne, int annee, String corps) {

        String tableau() {
            return ChargeDecisions.tableau(campagne, annee, region);
        }
    }

    /** A decision answered 201: the answer and what was sent, and the test's periods when it was sent and answered. */
    public record Acquittee(Soumission soumission, String id, Instant horodatage, boolean eligible, JsonNode corps, String periode) {
    }

    private final AccesHttp acces;
    private final List<Dossier> dossiers;
    private final String jeton = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    private final int clients;
    private final ExecutorService fils;
    private final List<Future<?>> fins = new ArrayList<>();
    private volatile boolean arret;
    private volatile String periode = "avant la panne";

    private final ConcurrentLinkedQueue<Acquittee> acquittees = new ConcurrentLinkedQueue<>();
    /** Refused (503) or unanswered (cut, timed out): such a decision may or may not be stored. */
    private final ConcurrentLinkedQueue<Soumission> nonAcquittees = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> statuts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> inattendues = new ConcurrentLinkedQueue<>();

    /** @param dossiers the dossiers sent in turn, each time under a new reference and name (their regions need an agent) */
    public ChargeDecisions(AccesHttp acces, List<Dossier> dossiers, int clients) {
        this.acces = acces;
        this.dossiers = List.copyOf(dossiers);
        this.clients = clients;
        this.fils = Executors.newFixedThreadPool(clients);
    }

    /** Names the period the test is in (e.g. "serveur arrêté"): each acknowledged decision is marked with it, for the reports. */
    public void periode(String nom) {
        periode = nom;
    }

    public ChargeDecisions demarrer() {
        for (int c = 0; c < clients; c++) {
            int client = c;
            fins.add(fils.submit(() -> envoyer(client)));
        }
        return this;
    }

    /** Lets each client finish the request it is sending (or lose it, if the service is dead), and waits for them. */
    public void arreter() throws Exception {
        arret = true;
        for (Future<?> fin : fins) {
            fin.get(2, TimeUnit.MINUTES);
        }
        fils.shutdown();
    }

    /** Stops the clients from starting new requests; those under way go on (and are cut if the service is killed now). */
    public void plusDeNouvelles() {
        arret = true;
    }

    private Void envoyer(int client) throws Exception {
        Soumission precedente = null;
        for (int n = 0; !arret; n++) {
            Soumission soumission = n % 4 == 3 && precedente != null ? precedente : soumission(client, n);
            precedente = soumission;
            HttpResponse<String> reponse;
            String envoyee = periode;
            try {
                reponse = acces.decider(AccesHttp.agentArs(soumission.region()), soumission.corps());
            } catch (IOException sansReponse) { // cut by a kill, or timed out
                statuts.computeIfAbsent(0, s -> new AtomicInteger()).incrementAndGet();
                nonAcquittees.add(soumission);
                continue;
            }
            statuts.computeIfAbsent(reponse.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            if (reponse.statusCode() == 201) {
                JsonNode corps = JSON.readTree(reponse.body());
                acquittees.add(new Acquittee(soumission, corps.get("id").asText(), Instant.parse(corps.get("horodatage").asText()),
                        corps.get("eligible").asBoolean(), corps, envoyee.equals(periode) ? envoyee : envoyee + " → " + periode));
            } else if (reponse.statusCode() == 503) {
                nonAcquittees.add(soumission);
            } else {
                inattendues.add(reponse.statusCode() + " " + soumission.reference() + ": " + reponse.body());
            }
        }
        return null;
    }

    private Soumission soumission(int client, int n) throws IOException {
        ObjectNode dossier = JSON.valueToTree(dossiers.get((client + n * clients) % dossiers.size()));
        String reference = String.format("CHG%s-%d-%05d", jeton, client, n);
        String partieDuNom = String.format("Charge %s %d %05d", jeton, client, n);
        dossier.put("reference", reference);
        ObjectNode structure = (ObjectNode) dossier.get("structure");
        structure.put("nom", structure.path("nom").asText("Maison de santé") + " — " + partieDuNom);
        return new Soumission(reference, partieDuNom, structure.get("region").asText(), dossier.get("campagne").asText(),
                dossier.get("annee").asInt(), JSON.writeValueAsString(dossier));
    }

    public List<Acquittee> acquittees() {
        return List.copyOf(acquittees);
    }

    public List<Soumission> nonAcquittees() {
        return List.copyOf(nonAcquittees);
    }

    /** Answers by status; 0 for requests without an answer. */
    public Map<Integer, Integer> statuts() {
        Map<Integer, Integer> parStatut = new TreeMap<>();
        statuts.forEach((statut, nombre) -> parStatut.put(statut, nombre.get()));
        return parStatut;
    }

    /** Answers other than 201 and 503, with their bodies. */
    public List<String> inattendues() {
        return List.copyOf(inattendues);
    }

    /** Sites counted now by the dashboard of each campaign, year and region the dossiers fall in. */
    public Map<String, Long> sitesParTableau(String ministere) throws Exception {
        Map<String, Long> sites = new TreeMap<>();
        for (Dossier dossier : dossiers) {
            String tableau = tableau(dossier.campagne(), dossier.annee(), dossier.structure().region());
            if (!sites.containsKey(tableau)) {
                sites.put(tableau, sites(ministere, tableau));
            }
        }
        return sites;
    }

    /**
     * Checks that every decision answered 201 is found, as answered: read by id (every field of the answer identical),
     * listed by a part of its reference, by a part of its structure's name, by its region, campaign and eligibility, and
     * as the latest decision of its reference (unless a later submission of that reference, not acknowledged, was stored
     * after all). What is not found is read again until {@code patience} has passed since the start of the checks (a
     * server rebuilding its indexes after a crash), then once more; returns how long the checks took.
     */
    public Duration verifierRecherches(String ministere, Duration patience) throws Exception {
        long debut = System.nanoTime();
        long limite = debut + patience.toNanos();
        List<Acquittee> toutes = acquittees();
        Set<String> idsAcquittes = toutes.stream().map(Acquittee::id).collect(Collectors.toSet());
        Set<String> referencesNonAcquittees = nonAcquittees.stream().map(Soumission::reference).collect(Collectors.toSet());
        ConcurrentLinkedQueue<String> manques = new ConcurrentLinkedQueue<>();
        ExecutorService verificateurs = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> verifications = new ArrayList<>();
            for (Acquittee decision : toutes) {
                verifications.add(verificateurs.submit(() -> {
                    verifierParIdEtRecherches(decision, limite, manques);
                    return null;
                }));
            }
            Map<String, Acquittee> dernieres = toutes.stream().collect(Collectors.toMap(d -> d.soumission().reference(), d -> d,
                    (a, b) -> a.horodatage().isAfter(b.horodatage()) ? a : b));
            for (Acquittee derniere : dernieres.values()) {
                verifications.add(verificateurs.submit(() -> {
                    noter(manques, derniere, () -> verifierDerniere(derniere,
                            referencesNonAcquittees.contains(derniere.soumission().reference()), idsAcquittes, limite));
                    return null;
                }));
            }
            for (Future<?> verification : verifications) {
                verification.get(10, TimeUnit.MINUTES);
            }
        } finally {
            verificateurs.shutdownNow();
        }
        verifierParRegionCampagneEligibilite(toutes, ministere, limite, manques);
        if (!manques.isEmpty()) {
            Map<String, Long> parPeriode = toutes.stream().collect(Collectors.groupingBy(Acquittee::periode, TreeMap::new, Collectors.counting()));
            throw new AssertionError(manques.size() + " acknowledged decisions missed (decisions answered 201 by period: " + parPeriode
                    + ", answers by status: " + statuts() + "):\n" + manques.stream().sorted().limit(40).collect(Collectors.joining("\n")));
        }
        return Duration.ofNanos(System.nanoTime() - debut);
    }

    @FunctionalInterface
    private interface Verification {
        void verifier() throws Exception;
    }

    /** Runs a check of one decision; a miss is noted with the decision's period, so that every miss is reported. */
    private static void noter(ConcurrentLinkedQueue<String> manques, Acquittee decision, Verification verification) throws Exception {
        try {
            verification.verifier();
        } catch (AssertionError manque) {
            manques.add(manque.getMessage() + " [" + decision.soumission().reference() + ", " + decision.periode() + "]");
        }
    }

    /**
     * Checks that each dashboard counts every acknowledged reference of its campaign, year and region, and no reference
     * never sent, reading again until {@code patience} has passed; returns how long it took.
     *
     * @param sitesAvant the dashboards' counts before the load ({@link #sitesParTableau}): empty for a fresh store
     */
    public Duration verifierTableaux(String ministere, Map<String, Long> sitesAvant, Duration patience) throws Exception {
        long debut = System.nanoTime();
        verifierTableaux(acquittees(), ministere, sitesAvant, debut + patience.toNanos());
        return Duration.ofNanos(System.nanoTime() - debut);
    }

    private void verifierParIdEtRecherches(Acquittee decision, long limite, ConcurrentLinkedQueue<String> manques) throws Exception {
        Soumission s = decision.soumission();
        String agent = AccesHttp.agentArs(s.region());
        noter(manques, decision, () -> {
            JsonNode lue = jusquA(limite, "decision " + decision.id() + " read by id", () -> {
                HttpResponse<String> reponse = acces.lire(agent, "/api/decisions/" + decision.id(), Map.of());
                return reponse.statusCode() == 200 ? JSON.readTree(reponse.body()) : null;
            });
            decision.corps().fieldNames().forEachRemaining(champ ->
                    assertThat(lue.get(champ)).as(decision.id() + " " + champ).isEqualTo(decision.corps().get(champ)));
            assertThat(lue.at("/dossier/reference").asText()).isEqualTo(s.reference());
        });
        noter(manques, decision, () -> jusquA(limite, "decision " + decision.id() + " found by a part of its reference", () -> listee(agent,
                decision.id(), AccesHttp.parametres("reference", s.reference().substring(1).toLowerCase(Locale.ROOT), "taille", "100")) ? true : null));
        noter(manques, decision, () -> jusquA(limite, "decision " + decision.id() + " found by a part of its structure's name", () -> listee(agent,
                decision.id(), AccesHttp.parametres("nom", s.partieDuNom(), "taille", "100")) ? true : null));
    }

    /** The latest-only list (the dashboards' population) shows one decision for the reference: the latest acknowledged. */
    private void verifierDerniere(Acquittee derniere, boolean suivieDUneNonAcquittee, Set<String> idsAcquittes, long limite) throws Exception {
        Soumission s = derniere.soumission();
        String agent = AccesHttp.agentArs(s.region());
        JsonNode listees = jusquA(limite, "reference " + s.reference() + " in the latest-only list", () -> {
            JsonNode decisions = acces.json(agent, "/api/decisions", AccesHttp.parametres("reference", s.reference(),
                    "campagne", s.campagne(), "annee", Integer.toString(s.annee()))).get("decisions");
            boolean attendue = decisions.size() == 1 && (decisions.get(0).get("id").asText().equals(derniere.id())
                    || suivieDUneNonAcquittee && !idsAcquittes.contains(decisions.get(0).get("id").asText()));
            return attendue ? decisions : null;
        });
        JsonNode listee = listees.get(0);
        assertThat(Instant.parse(listee.get("horodatage").asText())).as("latest decision of " + s.reference())
                .isAfterOrEqualTo(derniere.horodatage());
    }

    /** Pages through each region and campaign's list, eligible and not, as the ministry. */
    private void verifierParRegionCampagneEligibilite(List<Acquittee> toutes, String ministere, long limite,
            ConcurrentLinkedQueue<String> manques) throws Exception {
        Map<String, List<Acquittee>> parFiltre = toutes.stream().collect(Collectors.groupingBy(
                d -> d.soumission().region() + "/" + d.soumission().campagne() + "/" + d.eligible()));
        for (Map.Entry<String, List<Acquittee>> filtre : parFiltre.entrySet()) {
            String[] f = filtre.getKey().split("/");
            Set<String> attendues = filtre.getValue().stream().map(Acquittee::id).collect(Collectors.toSet());
            Set<String> manquantes = ConcurrentHashMap.newKeySet();
            try {
                jusquA(limite, "decisions listed by region, campaign and eligibility " + filtre.getKey(), () -> {
                    manquantes.clear();
                    manquantes.addAll(attendues);
                    for (int page = 0; !manquantes.isEmpty(); page++) {
                        JsonNode decisions = acces.json(ministere, "/api/decisions", AccesHttp.parametres("region", f[0], "campagne", f[1],
                                "eligible", f[2], "page", Integer.toString(page), "taille", "100")).get("decisions");
                        if (decisions.isEmpty()) {
                            break;
                        }
                        decisions.forEach(d -> manquantes.remove(d.get("id").asText()));
                    }
                    return manquantes.isEmpty() ? true : null;
                });
            } catch (AssertionError manque) {
                filtre.getValue().stream().filter(d -> manquantes.contains(d.id())).forEach(d -> manques.add("decision " + d.id()
                        + " not listed by region, campaign and eligibility " + filtre.getKey() + " [" + d.soumission().reference() + ", " + d.periode() + "]"));
            }
        }
    }

    /** Each dashboard counts at least every acknowledged reference, at most those plus the references never acknowledged. */
    private void verifierTableaux(List<Acquittee> toutes, String ministere, Map<String, Long> sitesAvant, long limite) throws Exception {
        Map<String, Set<String>> acquittes = new TreeMap<>();
        toutes.forEach(d -> acquittes.computeIfAbsent(d.soumission().tableau(), t -> new HashSet<>()).add(d.soumission().reference()));
        Map<String, Set<String>> possibles = new TreeMap<>();
        acquittes.forEach((tableau, references) -> possibles.put(tableau, new HashSet<>(references)));
        nonAcquittees.forEach(s -> possibles.computeIfAbsent(s.tableau(), t -> new HashSet<>()).add(s.reference()));
        for (Map.Entry<String, Set<String>> tableau : possibles.entrySet()) {
            long avant = sitesAvant.getOrDefault(tableau.getKey(), 0L);
            long auMoins = avant + acquittes.getOrDefault(tableau.getKey(), Set.of()).size();
            long auPlus = avant + tableau.getValue().size();
            long[] vus = new long[1];
            try {
                jusquA(limite, "dashboard " + tableau.getKey(), () -> {
                    vus[0] = sites(ministere, tableau.getKey());
                    return vus[0] >= auMoins && vus[0] <= auPlus ? true : null;
                });
            } catch (AssertionError e) {
                throw new AssertionError("dashboard " + tableau.getKey() + " counts " + vus[0] + " sites, expected " + auMoins
                        + " (the acknowledged references) to " + auPlus + " (with those never acknowledged)", e);
            }
        }
    }

    private boolean listee(String compte, String id, Map<String, String> parametres) throws Exception {
        for (JsonNode listee : acces.json(compte, "/api/decisions", parametres).get("decisions")) {
            if (listee.get("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private long sites(String compte, String tableau) throws Exception {
        String[] p = tableau.split("/");
        return acces.json(compte, "/api/pilotage", AccesHttp.parametres("campagne", p[0], "annee", p[1], "region", p[2])).get("sites").asLong();
    }

    static String tableau(String campagne, int annee, String region) {
        return campagne + "/" + annee + "/" + region;
    }

    @FunctionalInterface
    private interface Lecture<T> {
        /** @return what was looked for, or null when not there (yet) */
        T lire() throws Exception;
    }

    /** Reads until found, at least once, no longer than the limit (System.nanoTime) allows. */
    private static <T> T jusquA(long limite, String quoi, Lecture<T> lecture) throws Exception {
        while (true) {
            T trouve = lecture.lire();
            if (trouve != null) {
                return trouve;
            }
            if (System.nanoTime() > limite) {
                throw new AssertionError(quoi + ": not found in time");
            }
            Thread.sleep(200);
        }
    }
}
