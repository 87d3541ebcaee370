package fr.enmr.allocation.rest;

import static fr.enmr.allocation.rest.ScenarioApiSuite.attendreLaFin;
import static fr.enmr.allocation.rest.ScenarioApiSuite.creer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.securite.Comptes;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The ministry's levers of scenario-api.md, run against each store mode: a what-if under a draft rule version,
 * adoption (frozen, replaced atomically, history kept), the notification of an ARS, the selection in force as each
 * reads it, and the selection shown on the decisions of the teams it names; every refusal named.
 */
abstract class AdoptionApiSuite {

    private static final String DMN = "enmr.dmn";

    /** An inline scenario of four teams: BRETAGNE (a retained and, at 2 places, a refused one), CORSE and an ineligible one. */
    static String scenario(String nom, String prefixe, int places) {
        return """
                {"nom": "%s", "parametres": {"places": %d, "enveloppe": 200000, "dureeMaxSecondes": 1},
                 "candidats": [
                   {"reference": "%s-A", "nom": "MSP A", "region": "BRETAGNE", "cout": 45950.00, "patienteleRetenue": 3350, "eligible": true},
                   {"reference": "%s-B", "nom": "MSP B", "region": "BRETAGNE", "cout": 55000.00, "patienteleRetenue": 2000, "rangArs": 2, "eligible": true},
                   {"reference": "%s-C", "nom": "Pôle C", "region": "CORSE", "cout": 40000.00, "patienteleRetenue": 2000, "zoneFragile": true, "eligible": true},
                   {"reference": "%s-D", "nom": "Centre D", "region": "BRETAGNE", "cout": 10000.00, "patienteleRetenue": 9000, "eligible": false}
                 ]}""".formatted(nom, places, prefixe, prefixe, prefixe, prefixe);
    }

    /** A finished inline scenario's id. */
    static String termine(String nom, String prefixe, int places) {
        String location = creer(scenario(nom, prefixe, places));
        assertThat(attendreLaFin(location, Duration.ofSeconds(30)).getString("statut")).isEqualTo("TERMINE");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static Response adopter(String id, String corps) {
        return Comptes.ministere().contentType("application/json").body(corps).post("/api/scenarios/" + id + "/adoption");
    }

    /** The scenario in force for a campaign before a test, null if none. */
    static String enVigueur(String campagne) {
        return Comptes.ministere().queryParam("campagne", campagne).get("/api/scenarios/adoptes").then().statusCode(200).extract().path("scenario");
    }

    @Test
    void aScenarioPricedByADraftVersionNamesItAndComparesWithTheSameScenarioUnderTheActiveVersion() throws Exception {
        String reference = "WHATIF-" + System.nanoTime();
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1().replace("BRE-2014-0001", reference))
                .post("/api/decisions").then().statusCode(201).body("total", equalTo(35450.00f));
        String actif = actif();
        String dmn = Comptes.analyste().get("/api/regles/versions/" + actif + "/fichiers/" + DMN).then().statusCode(200).extract().asString();
        String plusGenereuse = dmn.replace("<outputEntry id=\"_expr_096\"><text>30000</text>", "<outputEntry id=\"_expr_096\"><text>36000</text>");
        assertThat(plusGenereuse).isNotEqualTo(dmn);
        String brouillon = Comptes.analyste().contentType("application/json")
                .body(Map.of("base", actif, "motif", "Part A à 36 000 € (essai " + System.nanoTime() + ")", "fichiers", Map.of(DMN, plusGenereuse)))
                .post("/api/regles/versions").then().statusCode(201).body("etat", equalTo("BROUILLON")).extract().path("id");

        String sousBrouillon = creer("""
                {"nom": "Si la part A passait à 36 000 €", "parametres": {"dureeMaxSecondes": 1},
                 "source": {"campagne": "ENMR_2014", "version": "%s"}}""".formatted(brouillon));
        String sousActive = creer("""
                {"nom": "Règles en vigueur", "parametres": {"dureeMaxSecondes": 1}, "source": {"campagne": "ENMR_2014", "version": "%s"}}""".formatted(actif));
        JsonPath fin = attendreLaFin(sousBrouillon, Duration.ofSeconds(60));
        attendreLaFin(sousActive, Duration.ofSeconds(60));

        assertThat(fin.getString("versionRegles")).isEqualTo(brouillon);
        assertThat(fin.getString("campagne")).isEqualTo("ENMR_2014");
        assertThat(fin.getString("origine")).contains("chiffrées de nouveau par la version de règles " + brouillon, "ENMR_2014+sha256:");
        Comptes.ministere().get(sousBrouillon + "/candidats/" + reference).then().statusCode(200).body("cout", equalTo(41450.00f));
        Comptes.ministere().get(sousActive + "/candidats/" + reference).then().statusCode(200).body("cout", equalTo(35450.00f));
        Comptes.ministere().get(sousActive).then().body("versionRegles", equalTo(actif));
        String a = sousBrouillon.substring(sousBrouillon.lastIndexOf('/') + 1);
        String b = sousActive.substring(sousActive.lastIndexOf('/') + 1);
        JsonPath comparaison = Comptes.ministere().queryParam("a", a).queryParam("b", b).get("/api/scenarios/comparaison")
                .then().statusCode(200).extract().jsonPath();
        assertThat(comparaison.getString("a.id")).isEqualTo(a);
        assertThat(comparaison.getFloat("totaux.a.cout")).isNotNull();
        // a scenario from stored decisions without a version names none
        String sansVersion = creer("""
                {"nom": "Sans version", "parametres": {"dureeMaxSecondes": 1}, "source": {"campagne": "ENMR_2014"}}""");
        Comptes.ministere().get(sansVersion).then().body("versionRegles", nullValue()).body("campagne", equalTo("ENMR_2014"));
    }

    @Test
    void anUnknownOrBlankRuleVersionIsRefusedNamingSourceVersionAndNothingIsSolved() {
        long avant = Comptes.ministere().get("/api/scenarios").then().extract().<Number>path("total").longValue();
        for (String version : List.of("01JD3Z8K6Q6M2W4T5Y7X9A1B2C", "  ")) {
            Comptes.ministere().contentType("application/json")
                    .body(Map.of("nom", "Version inconnue", "source", Map.of("campagne", "ENMR_2014", "version", version)))
                    .post("/api/scenarios").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.champ", hasItem("source.version"));
        }
        assertThat(Comptes.ministere().get("/api/scenarios").then().extract().<Number>path("total").longValue()).isEqualTo(avant);
    }

    @Test
    void anAdoptedScenarioIsFrozenAndAdoptingAnotherReplacesItKeepingTheHistory() {
        String avant = enVigueur("ENMR_2010");
        String premier = termine("Gel — premier", "ADO1", 2);
        String second = termine("Gel — second", "ADO2", 3);

        Response adoption = adopter(premier, "{\"motif\": \"Arbitrage du 3 mars\", \"campagne\": \"ENMR_2010\"}");

        adoption.then().statusCode(200).body("id", equalTo(premier)).body("adopte.motif", equalTo("Arbitrage du 3 mars"))
                .body("adopte.par", equalTo("ministere")).body("adopte.le", notNullValue()).body("adopte.campagne", equalTo("ENMR_2010"))
                .body("adopte.enVigueur", equalTo(true)).body("remplace", equalTo(avant));
        assertThat(Instant.parse(adoption.path("adopte.le"))).isBefore(Instant.now().plusSeconds(1));
        Comptes.ministere().get("/api/scenarios/" + premier).then().statusCode(200).body("adopte.motif", equalTo("Arbitrage du 3 mars"));
        Comptes.ministere().contentType("application/json").body("{\"nom\": \"Autre nom\"}").patch("/api/scenarios/" + premier)
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Scénario adopté"))
                .body("detail", containsString("ne peut plus être renommé"));
        Comptes.ministere().queryParam("supprimer", "true").delete("/api/scenarios/" + premier)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("supprimé"));
        Comptes.ministere().delete("/api/scenarios/" + premier).then().statusCode(409).contentType("application/problem+json");
        Comptes.ministere().get("/api/scenarios/" + premier).then().statusCode(200).body("nom", equalTo("Gel — premier"));
        // adopting it again changes nothing
        adopter(premier, "{\"motif\": \"Arbitrage du 3 mars\", \"campagne\": \"ENMR_2010\"}").then().statusCode(200)
                .body("adopte.le", equalTo(adoption.path("adopte.le")));

        adopter(second, "{\"motif\": \"Arbitrage du 10 mars : une place de plus\", \"campagne\": \"ENMR_2010\"}")
                .then().statusCode(200).body("remplace", equalTo(premier)).body("adopte.remplace", equalTo(premier));

        Comptes.ministere().get("/api/scenarios/" + premier).then().statusCode(200).body("adopte.enVigueur", equalTo(false))
                .body("adopte.remplaceePar", equalTo(second));
        Comptes.ministere().queryParam("supprimer", "true").delete("/api/scenarios/" + premier).then().statusCode(409);
        JsonPath selection = Comptes.ministere().queryParam("campagne", "ENMR_2010").get("/api/scenarios/adoptes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(selection.getString("scenario")).isEqualTo(second);
        assertThat(selection.getString("adopte.motif")).isEqualTo("Arbitrage du 10 mars : une place de plus");
        assertThat(selection.getList("historique.scenario", String.class)).startsWith(second, premier);
        assertThat(selection.getList("historique.enVigueur", Boolean.class)).startsWith(true, false);
    }

    @Test
    void onlyAFinishedScenarioIsAdoptedAndEveryRefusalIsNamed() throws IOException {
        String id = termine("Refus", "REF", 2);
        Comptes.agentArs("BRETAGNE").contentType("application/json").body("{\"motif\": \"x\", \"campagne\": \"ENMR_2010\"}")
                .post("/api/scenarios/" + id + "/adoption").then().statusCode(403).contentType("application/problem+json");
        Comptes.analyste().contentType("application/json").body("{\"motif\": \"x\", \"campagne\": \"ENMR_2010\"}")
                .post("/api/scenarios/" + id + "/adoption").then().statusCode(403);
        adopter("01JD3Z8K6Q6M2W4T5Y7X9A1B2C", "{\"motif\": \"x\", \"campagne\": \"ENMR_2010\"}").then().statusCode(404)
                .contentType("application/problem+json");
        adopter(id, "{\"campagne\": \"ENMR_2010\"}").then().statusCode(400).body("violations.champ", hasItem("motif"));
        adopter(id, "{\"motif\": \"  \", \"campagne\": \"ENMR_2010\"}").then().statusCode(400).body("violations.champ", hasItem("motif"));
        adopter(id, "{\"motif\": \"Sans campagne\"}").then().statusCode(400).body("violations.champ", hasItem("campagne"));
        adopter(id, "{\"motif\": \"x\", \"campagne\": \"ENMR_1999\"}").then().statusCode(400).body("violations.champ", hasItem("campagne"));
        Comptes.ministere().get("/api/scenarios/" + id).then().body("adopte", nullValue());

        String location = Comptes.ministere().contentType("text/csv").body(Files.readString(ScenarioApiSuite.NATIONAL))
                .queryParam("dureeMaxSecondes", 120).post("/api/scenarios").then().statusCode(202).extract().header("Location");
        String enCours = location.substring(location.lastIndexOf('/') + 1);
        adopter(enCours, "{\"motif\": \"Trop tôt\", \"campagne\": \"ENMR_2010\"}").then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Scénario non terminé"))
                .body("detail", containsString("seul un scénario dont le calcul est terminé"));
        Comptes.ministere().delete(location).then().statusCode(200).body("statut", equalTo("ARRETE"));
        adopter(enCours, "{\"motif\": \"Arrêté\", \"campagne\": \"ENMR_2010\"}").then().statusCode(409).body("detail", containsString("ARRETE"));
        Comptes.ministere().queryParam("supprimer", "true").delete(location).then().statusCode(204);
    }

    @Test
    void twoAdoptionsAtOnceForOneCampaignReplaceOneAnotherInTurn() throws Exception {
        String avant = enVigueur("ENMR_2010");
        String un = termine("Simultané — un", "SIM1", 2);
        String deux = termine("Simultané — deux", "SIM2", 2);
        CountDownLatch depart = new CountDownLatch(1);
        List<CompletableFuture<Response>> adoptions = new ArrayList<>();
        for (String id : List.of(un, deux)) {
            adoptions.add(CompletableFuture.supplyAsync(() -> {
                try {
                    depart.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return adopter(id, "{\"motif\": \"En même temps\", \"campagne\": \"ENMR_2010\"}");
            }));
        }
        depart.countDown();
        List<Response> reponses = adoptions.stream().map(CompletableFuture::join).toList();

        assertThat(reponses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        String finale = enVigueur("ENMR_2010");
        assertThat(finale).isIn(un, deux);
        String premiere = finale.equals(un) ? deux : un;
        Map<String, String> remplaces = Map.of(reponses.get(0).path("id"), String.valueOf(reponses.get(0).<String>path("remplace")),
                reponses.get(1).path("id"), String.valueOf(reponses.get(1).<String>path("remplace")));
        assertThat(remplaces).containsEntry(finale, premiere).containsEntry(premiere, String.valueOf(avant));
        List<String> historique = Comptes.ministere().queryParam("campagne", "ENMR_2010").get("/api/scenarios/adoptes")
                .then().statusCode(200).extract().path("historique.scenario");
        assertThat(historique).startsWith(finale, premiere);
    }

    @Test
    void theNotificationOfARegionIsAFrenchPdfOfItsTeamsRetainedAndNotWithTheirReasons() throws IOException {
        String id = termine("Notification", "NOT", 2);
        adopter(id, "{\"motif\": \"Arbitrage ministériel du 12 mars\", \"campagne\": \"ENMR_2010\"}").then().statusCode(200);

        Response reponse = Comptes.ministere().queryParam("region", "BRETAGNE").get("/api/scenarios/" + id + "/notification");

        reponse.then().statusCode(200).contentType("application/pdf").header("Content-Disposition", containsString("notification-" + id + "-BRETAGNE.pdf"));
        String texte;
        try (PDDocument pdf = Loader.loadPDF(reponse.asByteArray())) {
            texte = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        JsonPath retenus = Comptes.ministere().get("/api/scenarios/" + id).then().extract().jsonPath();
        assertThat(retenus.getList("resultat.retenus", String.class)).contains("NOT-A").doesNotContain("NOT-D");
        assertThat(texte).contains("Notification de la sélection adoptée", "Bretagne", "ENMR_2010", "Arbitrage ministériel du 12 mars",
                "MSP A", "NOT-A", "45\u202f950,00 €", "Équipes non retenues", "Centre D", "NOT-D", "n'est pas éligible");
        assertThat(texte).doesNotContain("NOT-C", "Pôle C", "hard)", "au niveau national");

        Comptes.ministere().get("/api/scenarios/" + id + "/notification").then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("region"));
        Comptes.ministere().queryParam("region", "ATLANTIDE").get("/api/scenarios/" + id + "/notification").then().statusCode(400)
                .body("violations.champ", hasItem("region"));
        Comptes.ministere().queryParam("region", "BRETAGNE").get("/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C/notification").then().statusCode(404);
        String nonAdopte = termine("Non adopté", "NAD", 2);
        Comptes.ministere().queryParam("region", "BRETAGNE").get("/api/scenarios/" + nonAdopte + "/notification").then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Scénario non adopté"));
        Comptes.agentArs("BRETAGNE").queryParam("region", "BRETAGNE").get("/api/scenarios/" + id + "/notification").then().statusCode(403);
    }

    @Test
    void theNotificationSaysWhichTeamsTheMinistryImposedAndExcludedAndWhy() throws IOException {
        // Bretagne's B forced in, A forced out: B is retained for the ministry's reason, A is not for its other reason
        String location = creer(scenario("Notification des choix imposés", "NIM", 2).replace("\"dureeMaxSecondes\": 1}",
                "\"dureeMaxSecondes\": 1, \"imposes\": {\"retenus\": [{\"reference\": \"NIM-B\", \"motif\": \"Projet prioritaire de l'ARS\"}],"
                        + " \"exclus\": [{\"reference\": \"NIM-A\", \"motif\": \"Dossier incomplet à la date de sélection\"}]}}"));
        assertThat(attendreLaFin(location, Duration.ofSeconds(30)).getString("statut")).isEqualTo("TERMINE");
        String id = location.substring(location.lastIndexOf('/') + 1);
        adopter(id, "{\"motif\": \"Arbitrage avec choix imposés\", \"campagne\": \"ENMR_2010\"}").then().statusCode(200);

        byte[] notification = Comptes.ministere().queryParam("region", "BRETAGNE").get("/api/scenarios/" + id + "/notification")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        String texte;
        try (PDDocument pdf = Loader.loadPDF(notification)) {
            texte = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(texte).contains("Équipes retenues (1)", "MSP B", "NIM-B", "Imposé par le ministère (motif : « Projet prioritaire de l'ARS »).",
                "Équipes non retenues (2)", "MSP A", "NIM-A",
                "Non retenu : exclu par le ministère (motif : « Dossier incomplet à la date de sélection »).", "Centre D", "n'est pas éligible");
        assertThat(texte).containsOnlyOnce("Imposé par le ministère").doesNotContain("NIM-C", "hard)");
    }

    @Test
    void anArsAgentReadsOnlyItsRegionsPartOfTheSelectionInForce() {
        String id = termine("Par région", "REG", 2);
        adopter(id, "{\"motif\": \"Lecture par région\", \"campagne\": \"ENMR_2010\"}").then().statusCode(200);

        JsonPath ministere = Comptes.ministere().queryParam("campagne", "ENMR_2010").get("/api/scenarios/adoptes").then().statusCode(200)
                .extract().jsonPath();
        JsonPath bretagne = Comptes.agentArs("BRETAGNE").queryParam("campagne", "ENMR_2010").get("/api/scenarios/adoptes").then().statusCode(200)
                .extract().jsonPath();
        JsonPath lorraine = Comptes.agentArs("LORRAINE").queryParam("campagne", "ENMR_2010").get("/api/scenarios/adoptes").then().statusCode(200)
                .extract().jsonPath();

        assertThat(ministere.getString("scenario")).isEqualTo(id);
        assertThat(ministere.getList("parRegion.region")).containsExactly("BRETAGNE", "CORSE");
        assertThat(ministere.getList("parRegion.find { it.region == 'BRETAGNE' }.retenus.reference")).contains("REG-A");
        assertThat(ministere.getString("parRegion.find { it.region == 'BRETAGNE' }.retenus.find { it.reference == 'REG-A' }.nom")).isEqualTo("MSP A");
        assertThat(ministere.getFloat("parRegion.find { it.region == 'BRETAGNE' }.retenus.find { it.reference == 'REG-A' }.cout")).isEqualTo(45950.00f);
        assertThat(ministere.getString("parRegion.find { it.region == 'BRETAGNE' }.nonRetenus.find { it.reference == 'REG-D' }.raison"))
                .contains("n'est pas éligible");
        assertThat(bretagne.getList("parRegion.region")).containsExactly("BRETAGNE");
        assertThat(bretagne.prettify()).doesNotContain("REG-C", "Pôle C");
        assertThat(lorraine.getList("parRegion.region")).containsExactly("LORRAINE");
        assertThat(lorraine.getList("parRegion[0].retenus")).isEmpty();
        assertThat(lorraine.prettify()).doesNotContain("REG-A", "REG-C");
        Comptes.ministere().get("/api/scenarios/adoptes").then().statusCode(400).body("violations.champ", hasItem("campagne"));
        Comptes.ministere().queryParam("campagne", "ENMR_1999").get("/api/scenarios/adoptes").then().statusCode(400)
                .body("violations.champ", hasItem("campagne"));
        io.restassured.RestAssured.given().queryParam("campagne", "ENMR_2010").get("/api/scenarios/adoptes").then().statusCode(401);
    }

    @Test
    void aStoredDecisionShowsTheAdoptedSelectionItsTeamBelongsTo() throws IOException {
        String prefixe = "SEL" + System.nanoTime();
        String retenue = decider(prefixe + "-A");
        String nonEligible = decider(prefixe + "-D");
        String horsSelection = decider(prefixe + "-X");
        String id = termine("Sélection des décisions", prefixe, 2);
        adopter(id, "{\"motif\": \"Les équipes de Bretagne\", \"campagne\": \"ENMR_2014\"}").then().statusCode(200);

        JsonPath lue = Comptes.agentArs("BRETAGNE").get("/api/decisions/" + retenue).then().statusCode(200).extract().jsonPath();

        assertThat(lue.getString("selection.scenario")).isEqualTo(id);
        assertThat(lue.getString("selection.campagne")).isEqualTo("ENMR_2014");
        assertThat(lue.getBoolean("selection.retenue")).isTrue();
        assertThat(lue.getString("selection.adopteLe")).isNotBlank();
        assertThat(lue.getString("selection.motif")).isEqualTo("Les équipes de Bretagne");
        assertThat(lue.getString("dossier.reference")).isEqualTo(prefixe + "-A");
        Comptes.agentArs("BRETAGNE").get("/api/decisions/" + nonEligible).then().body("selection.retenue", equalTo(false));
        Comptes.agentArs("BRETAGNE").get("/api/decisions/" + horsSelection).then().statusCode(200).body("selection", nullValue());
        JsonPath liste = Comptes.agentArs("BRETAGNE").queryParam("reference", prefixe).get("/api/decisions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(liste.getMap("selections")).containsOnlyKeys(retenue, nonEligible);
        assertThat(liste.getBoolean("selections." + retenue + ".retenue")).isTrue();
    }

    private static String decider(String reference) throws IOException {
        return Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1().replace("BRE-2014-0001", reference))
                .post("/api/decisions").then().statusCode(201).extract().path("id");
    }

    /** The active version's id (the packaged rules, imported at start-up). */
    private static String actif() {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Comptes.analyste().queryParam("etat", "PUBLIEE").queryParam("taille", "100").get("/api/regles/versions")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("versions").stream()
                        .filter(v -> Boolean.TRUE.equals(v.get("active"))).map(v -> (String) v.get("id")).findFirst().orElse(null),
                        java.util.Objects::nonNull);
    }
}
