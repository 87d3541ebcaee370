package fr.enmr.allocation.rest;

import fr.enmr.dossier.echantillon.Codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.enmr.allocation.candidats.CandidatsCsv;
import fr.enmr.allocation.domain.Valeur;
import fr.enmr.allocation.scenario.Avancement;
import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.allocation.scenario.CoordinationInstances;
import fr.enmr.allocation.scenario.ParametresScenario;
import fr.enmr.allocation.scenario.Scenario;
import fr.enmr.allocation.scenario.ScenarioEnregistre;
import fr.enmr.allocation.scenario.ScenarioRepository;
import fr.enmr.allocation.scenario.Statut;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.securite.Comptes;
import fr.enmr.store.Signaux;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The scenario API as scenario-api.md describes it, run against each store mode: the national
 * instance solved within every rule, explanations for every candidate, stopping, comparison,
 * scenarios from stored decisions, and refusals naming the field.
 */
abstract class ScenarioApiSuite {

    static final Path NATIONAL = Path.of("config/scenarios/candidats-nationaux-400.csv");

    @Inject
    ScenarioRepository depot;

    @Inject
    Signaux signaux;

    static String petitScenario(int places, int duree) {
        return """
                {"nom": "Petit scénario", "parametres": {"places": %d, "enveloppe": 100000, "dureeMaxSecondes": %d},
                 "candidats": [
                   {"reference": "PET-A", "nom": "MSP A", "region": "BRETAGNE", "cout": 45950.00, "patienteleRetenue": 3350, "rangArs": 1, "eligible": true},
                   {"reference": "PET-B", "region": "BRETAGNE", "cout": 55000.00, "patienteleRetenue": 5000, "eligible": true},
                   {"reference": "PET-C", "region": "CORSE", "cout": 40000.00, "patienteleRetenue": 2000, "zoneFragile": true, "eligible": true},
                   {"reference": "PET-D", "region": "CORSE", "cout": 10000.00, "patienteleRetenue": 9000, "eligible": false},
                   {"reference": "PET-E", "region": "GUYANE", "cout": 5000.00, "patienteleRetenue": 900, "eligible": true}
                 ]}""".formatted(places, duree);
    }

    static String creer(String json) {
        return Comptes.ministere().contentType("application/json").body(json).post("/api/scenarios")
                .then().statusCode(202).header("Location", notNullValue()).body("statut", equalTo("EN_COURS"))
                .extract().header("Location");
    }

    static JsonPath attendreLaFin(String location, Duration limite) {
        // amounts read as BigDecimal: a float would round 7 998 565,48 € to 7 998 565,5
        return await(location + " no longer EN_COURS").atMost(limite).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> Comptes.ministere().get(location).then().statusCode(200).extract().response()
                        .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)),
                        etat -> !etat.getString("statut").equals("EN_COURS"));
    }

    @Test
    void theNationalInstanceIsSolvedWithinEveryRuleAndEveryCandidateIsExplained() throws Exception {
        String csv = Files.readString(NATIONAL);
        Map<String, CandidatScenario> candidats = CandidatsCsv.lire(csv, Codes.Region.VALEURS).stream().map(CandidatScenario::complet)
                .collect(Collectors.toMap(CandidatScenario::reference, Function.identity()));
        String location = Comptes.ministere().contentType("text/csv").body(csv)
                .queryParam("nom", "Extension 2014 — national").queryParam("dureeMaxSecondes", 5)
                .queryParam("maximumParRegion", "ILE_DE_FRANCE:10").queryParam("minimumParRegion", "CORSE:2")
                .post("/api/scenarios").then().statusCode(202).extract().header("Location");

        JsonPath fin = attendreLaFin(location, Duration.ofSeconds(40));

        assertThat(fin.getString("statut")).isEqualTo("TERMINE");
        assertThat(fin.getString("score")).startsWith("0hard/");
        assertThat(fin.getDouble("progression.secondesEcoulees")).isLessThan(8);
        assertThat(fin.getList("progression.historique")).isNotEmpty();
        assertThat(fin.getDouble("progression.secondesEnregistrees")).as("the final result is the stored one")
                .isEqualTo(fin.getDouble("progression.secondesEcoulees"));
        List<String> retenus = fin.getList("resultat.retenus", String.class);
        List<CandidatScenario> selection = retenus.stream().map(candidats::get).toList();
        assertThat(selection).hasSizeBetween(100, 150).allMatch(CandidatScenario::eligible);
        BigDecimal cout = selection.stream().map(CandidatScenario::cout).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(cout).isLessThanOrEqualTo(new BigDecimal("8000000"));
        assertThat(selection.stream().filter(c -> c.region().equals("ILE_DE_FRANCE"))).hasSizeLessThanOrEqualTo(10);
        assertThat(fin.getInt("resultat.totaux.places")).isEqualTo(selection.size());
        assertThat(new BigDecimal(fin.getString("resultat.totaux.cout"))).isEqualByComparingTo(cout);
        assertThat(new BigDecimal(fin.getString("resultat.totaux.enveloppeRestante"))).isEqualByComparingTo(new BigDecimal("8000000").subtract(cout));
        BigDecimal valeur = selection.stream().map(c -> Valeur.ponderee(c.patienteleRetenue(), c.zoneFragile(), c.rangArs(),
                new BigDecimal("1.5"), new BigDecimal("1.2"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(fin.getString("resultat.totaux.valeur"))).isEqualByComparingTo(valeur);
        assertThat(fin.getString("score")).endsWith("/" + Valeur.enPoints(valeur) + "soft");
        List<Map<String, Object>> regions = fin.getList("resultat.parRegion");
        assertThat(regions).hasSize(26).allSatisfy(r -> assertThat((String) r.get("explication")).isNotBlank());
        assertThat(regions).filteredOn(r -> !(Boolean) r.get("minimumAtteint"))
                .allSatisfy(r -> assertThat((String) r.get("explication")).startsWith("Minimum de"));

        Set<String> retenusSet = Set.copyOf(retenus);
        List<Map<String, Object>> explications = Comptes.ministere().get(location + "/candidats").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(explications).hasSize(candidats.size());
        for (Map<String, Object> explication : explications) {
            String reference = (String) explication.get("reference");
            assertThat(explication.get("retenu")).as(reference).isEqualTo(retenusSet.contains(reference));
            assertThat((String) explication.get("explication")).as(reference)
                    .startsWith(retenusSet.contains(reference) ? "Retenu." : "Non retenu").hasSizeGreaterThan(40);
            assertThat((List<?>) explication.get("contraintes")).as(reference).isNotEmpty();
        }
        // the single-candidate endpoint says the same as the list
        String premierRefuse = explications.stream().filter(e -> !(Boolean) e.get("retenu")).map(e -> (String) e.get("reference")).findFirst().orElseThrow();
        Comptes.ministere().get(location + "/candidats/" + premierRefuse).then().statusCode(200)
                .body("explication", equalTo(explications.stream().filter(e -> e.get("reference").equals(premierRefuse)).findFirst().orElseThrow().get("explication")));
    }

    @Test
    void aRefusedCandidateIsToldWhichRuleKeptItOutAndTheTradeOff() throws Exception {
        String location = creer(petitScenario(2, 2));
        attendreLaFin(location, Duration.ofSeconds(20));

        JsonPath refuse = Comptes.ministere().get(location + "/candidats/PET-A").then().statusCode(200).extract().jsonPath();

        assertThat(refuse.getBoolean("retenu")).isFalse();
        assertThat(refuse.getString("explication")).contains("place(s) de trop").contains("le plus faible de sa région en valeur par euro est PET-B");
        assertThat(refuse.getList("contraintes.nom")).contains("Places limitées", "Valeur de la sélection");
        JsonPath nonEligible = Comptes.ministere().get(location + "/candidats/PET-D").then().statusCode(200).extract().jsonPath();
        assertThat(nonEligible.getString("explication")).contains("n'est pas éligible");
        assertThat(nonEligible.getList("contraintes.nom")).contains("Seulement des candidats éligibles");
        JsonPath retenu = Comptes.ministere().get(location + "/candidats/PET-C").then().statusCode(200).extract().jsonPath();
        assertThat(retenu.getString("explication")).startsWith("Retenu.").contains("sous son minimum");
    }

    @Test
    void aScenarioIsStoppedEarlyAndKeepsItsBestResult() throws Exception {
        String location = Comptes.ministere().contentType("text/csv").body(Files.readString(NATIONAL)).queryParam("dureeMaxSecondes", 120)
                .post("/api/scenarios").then().statusCode(202).extract().header("Location");
        await("a first score").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> Comptes.ministere().get(location).path("score") != null);

        Response arret = Comptes.ministere().delete(location);

        arret.then().statusCode(200).body("statut", equalTo("ARRETE")).body("score", notNullValue())
                .body("resultat.retenus.size()", org.hamcrest.Matchers.greaterThan(0));
        assertThat(arret.jsonPath().getDouble("progression.secondesEcoulees")).isLessThan(60);
        Comptes.ministere().get(location).then().statusCode(200).body("statut", equalTo("ARRETE"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(depot.find(id).orElseThrow().avancement().statut()).isEqualTo(Statut.ARRETE);
    }

    @Test
    void aScenarioLeftSolvingByAnInstanceThatFellSilentIsReadAsStoppedWithItsStoredResult() {
        depot.save(solvingOn("instance-disparue", "ORPH-1"));
        signaux.ecrire(CoordinationInstances.cleDeVie("instance-vivante"), "instance-vivante");
        depot.save(solvingOn("instance-vivante", "ORPH-2"));

        Comptes.ministere().get("/api/scenarios/ORPH-1").then().statusCode(200)
                .body("statut", equalTo("ARRETE"))
                .body("motif", org.hamcrest.Matchers.containsString("(instance-disparue) ne donne plus signe de vie"))
                .body("resultat.retenus", equalTo(List.of("PET-A")));
        assertThat(depot.find("ORPH-1").orElseThrow().avancement().statut()).isEqualTo(Statut.ARRETE);
        Comptes.ministere().get("/api/scenarios/ORPH-2").then().statusCode(200).body("statut", equalTo("EN_COURS"));
    }

    /** A scenario as an instance stores it while solving: a best selection of one candidate so far. */
    private static ScenarioEnregistre solvingOn(String instance, String id) {
        List<CandidatScenario> candidats = List.of(new CandidatScenario("PET-A", "MSP A", Region.BRETAGNE, new BigDecimal("45950.00"), 3350,
                false, 1, true).complet());
        Scenario scenario = new Scenario(id, "Résolu ailleurs", Instant.now(), "liste fournie", ParametresScenario.AUCUN.avecDefauts(30), candidats);
        Avancement avancement = new Avancement(Statut.EN_COURS, "0hard/-25medium/40200000soft", 4.0,
                List.of(new Avancement.Point(4.0, "0hard/-25medium/40200000soft")), List.of("PET-A"), null, 4.0);
        return new ScenarioEnregistre(scenario, avancement, instance);
    }

    @Test
    void twoScenariosAreComparedRegionByRegion() throws Exception {
        String deux = creer(petitScenario(2, 2));
        String trois = creer(petitScenario(3, 2));
        attendreLaFin(deux, Duration.ofSeconds(20));
        attendreLaFin(trois, Duration.ofSeconds(20));
        String a = deux.substring(deux.lastIndexOf('/') + 1);
        String b = trois.substring(trois.lastIndexOf('/') + 1);

        JsonPath comparaison = Comptes.ministere().queryParam("a", a).queryParam("b", b).get("/api/scenarios/comparaison")
                .then().statusCode(200).extract().jsonPath();

        assertThat(comparaison.getString("a.id")).isEqualTo(a);
        assertThat(comparaison.getInt("b.parametres.places")).isEqualTo(3);
        assertThat(comparaison.getList("parRegion.region")).containsExactly("BRETAGNE", "CORSE", "GUYANE");
        assertThat(comparaison.getList("retenusSeulementDansA")).isEmpty();
        assertThat(comparaison.getList("retenusSeulementDansB")).containsExactly("PET-E");
        assertThat(comparaison.getInt("totaux.a.places")).isEqualTo(2);
        assertThat(comparaison.getInt("totaux.b.places")).isEqualTo(3);
        assertThat(comparaison.getInt("parRegion.find { it.region == 'GUYANE' }.b.places")).isEqualTo(1);
    }

    @Test
    void aScenarioFromAStoredCampaignTakesTheLatestDecisionOfEachReference() throws Exception {
        String dossier = Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json"))
                .replace("BRE-2014-0001", "BRE-SCEN-0001");
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier).post("/api/decisions").then().statusCode(201);
        // the same team decided again with a bigger patientèle: the latest decision is the one a scenario uses
        String plusGrand = dossier.replace("\"adultesMedecinTraitant\": 3100", "\"adultesMedecinTraitant\": 4100");
        assertThat(plusGrand).isNotEqualTo(dossier);
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(plusGrand).post("/api/decisions").then().statusCode(201);

        String location = creer("""
                {"nom": "Depuis les décisions", "parametres": {"dureeMaxSecondes": 1}, "source": {"campagne": "ENMR_2014"}}""");
        JsonPath fin = attendreLaFin(location, Duration.ofSeconds(30));

        assertThat(fin.getString("origine")).contains("ENMR_2014");
        JsonPath candidat = Comptes.ministere().get(location + "/candidats/BRE-SCEN-0001").then().statusCode(200).extract().jsonPath();
        assertThat(candidat.getString("region")).isEqualTo("BRETAGNE");
        assertThat(candidat.getBoolean("eligible")).isTrue();
        assertThat(candidat.getString("explication")).contains("patientèle retenue 4\u202f350");
        assertThat(candidat.getFloat("cout")).isEqualTo(45450.00f); // part A 40 000 + part B 5 450, first year
    }

    @Test
    void oneTeamStoredUnderTwoReferencesIsFlaggedInTheResultAndBothExplanations() throws Exception {
        String dossier = Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json"));
        Comptes.agentArs("BRETAGNE").contentType("application/json")
                .body(dossier.replace("BRE-2014-0001", "DOUBLON-API-1").replace("MSP de Melgven", "Pôle de santé de l'Île-Tudy"))
                .post("/api/decisions").then().statusCode(201);
        Comptes.agentArs("BRETAGNE").contentType("application/json")
                .body(dossier.replace("BRE-2014-0001", "DOUBLON-API-2").replace("MSP de Melgven", "pole de sante de l ile  tudy"))
                .post("/api/decisions").then().statusCode(201);

        String location = creer("""
                {"nom": "Doublons", "parametres": {"dureeMaxSecondes": 1}, "source": {"campagne": "ENMR_2014"}}""");
        JsonPath fin = attendreLaFin(location, Duration.ofSeconds(30));

        List<Map<String, Object>> doublons = fin.getList("resultat.doublonsPresumes");
        assertThat(doublons).filteredOn(d -> ((List<?>) d.get("references")).contains("DOUBLON-API-1")).singleElement()
                .satisfies(d -> {
                    assertThat(d.get("references")).isEqualTo(List.of("DOUBLON-API-1", "DOUBLON-API-2"));
                    assertThat(d.get("departement")).isEqualTo("29");
                    assertThat((String) d.get("explication")).contains("Même équipe probable sous 2 références");
                });
        JsonPath candidat = Comptes.ministere().get(location + "/candidats/DOUBLON-API-1").then().statusCode(200).extract().jsonPath();
        assertThat(candidat.getString("doublonPresume")).contains("figure aussi sous la référence DOUBLON-API-2");
        assertThat(candidat.getString("explication")).contains("Doublon présumé");
    }

    @Test
    void storedScenariosAreListedNewestFirstWithASummaryAndFilteredByStatus() throws Exception {
        String premier = creer(petitScenario(2, 1).replace("Petit scénario", "Liste — premier"));
        attendreLaFin(premier, Duration.ofSeconds(20));
        Thread.sleep(5); // time let pass on purpose, not a wait: two creation dates apart
        String second = creer(petitScenario(3, 1).replace("Petit scénario", "Liste — second"));
        attendreLaFin(second, Duration.ofSeconds(20));
        String idPremier = premier.substring(premier.lastIndexOf('/') + 1);
        String idSecond = second.substring(second.lastIndexOf('/') + 1);

        JsonPath liste = Comptes.ministere().queryParam("taille", 100).get("/api/scenarios")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();

        List<String> ids = liste.getList("scenarios.id");
        assertThat(ids).contains(idPremier, idSecond);
        assertThat(ids.indexOf(idSecond)).as("newest first").isLessThan(ids.indexOf(idPremier));
        assertThat(liste.getInt("page")).isZero();
        assertThat(liste.getInt("taille")).isEqualTo(100);
        assertThat(liste.getLong("total")).isGreaterThanOrEqualTo(2);
        List<java.time.Instant> dates = liste.<String>getList("scenarios.creeLe").stream().map(java.time.Instant::parse).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Map<String, Object> resume = liste.getMap("scenarios.find { it.id == '" + idSecond + "' }");
        assertThat(resume).containsEntry("nom", "Liste — second").containsEntry("statut", "TERMINE").containsEntry("nombreCandidats", 5)
                .containsKeys("creeLe", "score").doesNotContainKeys("resultat", "parametres");
        assertThat((String) resume.get("score")).startsWith("0hard/");

        List<String> termines = Comptes.ministere().queryParam("statut", "TERMINE").queryParam("taille", 100).get("/api/scenarios")
                .then().statusCode(200).extract().path("scenarios.statut");
        assertThat(termines).isNotEmpty().containsOnly("TERMINE");
        List<String> echecs = Comptes.ministere().queryParam("statut", "ECHEC").get("/api/scenarios").then().statusCode(200).extract().path("scenarios.id");
        assertThat(echecs).doesNotContain(idPremier, idSecond);

        JsonPath unParPage = Comptes.ministere().queryParam("taille", 1).queryParam("page", 1).get("/api/scenarios")
                .then().statusCode(200).extract().jsonPath();
        assertThat(unParPage.getList("scenarios")).hasSize(1);
        assertThat(unParPage.getString("scenarios[0].id")).isEqualTo(Comptes.ministere().queryParam("taille", 2).get("/api/scenarios")
                .then().extract().path("scenarios[1].id"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @org.junit.jupiter.params.provider.CsvSource({"statut,FINI", "page,-1", "page,deux", "taille,0", "taille,101"})
    void aBadListParameterIsRefusedNamingIt(String parametre, String valeur) {
        Comptes.ministere().queryParam(parametre, valeur).get("/api/scenarios")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem(parametre));
    }

    @Test
    void theListIsTheMinistrysOnly() {
        Comptes.agentArs("BRETAGNE").get("/api/scenarios").then().statusCode(403).contentType("application/problem+json");
        Comptes.analyste().get("/api/scenarios").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/scenarios").then().statusCode(401);
    }

    static Stream<Arguments> saisiesRefusees() {
        return Stream.of(
                Arguments.of("enveloppe négative", petitScenario(2, 1).replace("\"enveloppe\": 100000", "\"enveloppe\": -1"), "parametres.enveloppe"),
                Arguments.of("zéro place", petitScenario(0, 1), "parametres.places"),
                Arguments.of("région inconnue (minimum)", petitScenario(2, 1).replace("\"places\": 2,", "\"places\": 2, \"minimumParRegion\": {\"ATLANTIDE\": 1},"),
                        "parametres.minimumParRegion.ATLANTIDE"),
                // a region's own minimum with no eligible candidate of it (Corse's only eligible one made ineligible)
                Arguments.of("minimum d'une région sans candidat éligible", petitScenario(2, 1).replace("\"places\": 2,", "\"places\": 2, \"minimumParRegion\": {\"CORSE\": 1},")
                        .replace("\"zoneFragile\": true, \"eligible\": true", "\"zoneFragile\": true, \"eligible\": false"), "parametres.minimumParRegion.CORSE"),
                Arguments.of("région inconnue (maximum)", petitScenario(2, 1).replace("\"places\": 2,", "\"places\": 2, \"maximumParRegion\": {\"PARIS\": 3},"),
                        "parametres.maximumParRegion.PARIS"),
                Arguments.of("référence en double", petitScenario(2, 1).replace("\"PET-B\"", "\"PET-A\""), "candidats[1].reference"),
                Arguments.of("région de candidat inconnue", petitScenario(2, 1).replace("\"GUYANE\"", "\"GUYANNE\""), "candidats[4].region"),
                Arguments.of("coût manquant", petitScenario(2, 1).replace("\"cout\": 40000.00, ", ""), "candidats[2].cout"),
                Arguments.of("durée hors limites", petitScenario(2, 0), "parametres.dureeMaxSecondes"),
                Arguments.of("poids à 3 décimales", petitScenario(2, 1).replace("\"places\": 2,", "\"places\": 2, \"poidsZoneFragile\": 1.505,"),
                        "parametres.poidsZoneFragile"),
                Arguments.of("candidats et source", petitScenario(2, 1).replace("\"candidats\"", "\"source\": {\"campagne\": \"ENMR_2014\"}, \"candidats\""), "source"),
                Arguments.of("ni candidats ni source", "{\"nom\": \"vide\"}", "candidats"),
                Arguments.of("champ inconnu", petitScenario(2, 1).replace("\"nom\": \"Petit scénario\"", "\"titre\": \"x\""), "titre"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("saisiesRefusees")
    void badInputIsRefusedNamingTheField(String cas, String corps, String champ) {
        Comptes.ministere().contentType("application/json").body(corps).post("/api/scenarios")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem(champ))
                .body("violations.message", not(hasItem(org.hamcrest.Matchers.emptyOrNullString())));
    }

    @Test
    void aCsvInLatin1SentAsUtf8IsRefusedNamingTheBody() throws IOException {
        byte[] latin1 = Files.readString(NATIONAL).getBytes(StandardCharsets.ISO_8859_1); // "Pôle de santé…" as a spreadsheet may save it

        Comptes.ministere().contentType("text/csv; charset=UTF-8").body(latin1).post("/api/scenarios")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("corps"));
        // the same file saying what it is, is read as such
        Comptes.ministere().contentType("text/csv; charset=ISO-8859-1").body(latin1).queryParam("dureeMaxSecondes", 1).post("/api/scenarios")
                .then().statusCode(202);
    }

    @Test
    void aCsvWithoutACostColumnIsRefusedNamingTheColumn() throws IOException {
        String sansCout = Files.readAllLines(NATIONAL).stream().limit(5)
                .map(ligne -> {
                    String[] champs = ligne.split(",");
                    return String.join(",", champs[0], champs[1], champs[2], champs[4], champs[5], champs[6], champs[7]);
                })
                .collect(Collectors.joining("\n"));

        Comptes.ministere().contentType("text/csv").body(sansCout).post("/api/scenarios")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("cout"))
                .body("violations.message", hasItem(org.hamcrest.Matchers.startsWith("colonne obligatoire absente")));
    }

    @Test
    void aCsvWithABadValueOrParameterIsRefusedNamingLineAndParameter() {
        String csv = "reference,region,cout,patienteleRetenue,eligible\nA-1,BRETAGNE,40000,trois mille,true\n";
        Comptes.ministere().contentType("text/csv").body(csv).queryParam("places", "beaucoup").post("/api/scenarios")
                .then().statusCode(400)
                .body("violations.champ", hasItem("parametres.places"));
        Comptes.ministere().contentType("text/csv").body(csv).post("/api/scenarios")
                .then().statusCode(400)
                .body("violations.champ", hasItem("candidats[0].patienteleRetenue"))
                .body("violations.message", hasItem(org.hamcrest.Matchers.startsWith("ligne 2 :")));
    }

    @Test
    void unknownScenariosAndCandidatesAre404ProblemJson() throws Exception {
        Comptes.ministere().get("/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C").then().statusCode(404).contentType("application/problem+json");
        Comptes.ministere().delete("/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C").then().statusCode(404);
        Comptes.ministere().queryParam("a", "inconnu").queryParam("b", "inconnu").get("/api/scenarios/comparaison").then().statusCode(404);
        Comptes.ministere().get("/api/scenarios/comparaison").then().statusCode(400).body("violations.champ", hasItem("a"));
        String location = creer(petitScenario(2, 1));
        Comptes.ministere().get(location + "/candidats/PAS-LA").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void scenariosAreTheMinistrysOnly() {
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(petitScenario(2, 1)).post("/api/scenarios")
                .then().statusCode(403).contentType("application/problem+json");
        Comptes.analyste().get("/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C").then().statusCode(401);
    }

    @Test
    void aFinishedScenarioIsInTheStoreWithItsParametersAndResult() throws Exception {
        String location = creer(petitScenario(3, 1));
        JsonPath fin = attendreLaFin(location, Duration.ofSeconds(20));
        String id = location.substring(location.lastIndexOf('/') + 1);

        var stocke = depot.find(id).orElseThrow();

        assertThat(stocke.avancement().statut()).isEqualTo(Statut.TERMINE);
        assertThat(stocke.avancement().retenus()).isEqualTo(fin.getList("resultat.retenus", String.class));
        assertThat(stocke.avancement().score()).isEqualTo(fin.getString("score"));
        assertThat(stocke.scenario().parametres().places()).isEqualTo(3);
        assertThat(stocke.scenario().candidats()).hasSize(5);
    }

    @Test
    void aFinishedScenarioIsRenamedThenDeletedForEveryInstance() throws Exception {
        String location = creer(petitScenario(3, 1));
        JsonPath fin = attendreLaFin(location, Duration.ofSeconds(20));
        String id = location.substring(location.lastIndexOf('/') + 1);

        Comptes.ministere().contentType("application/json").body("{\"nom\": \"  Extension 2014 — variante retenue  \"}").patch(location)
                .then().statusCode(200).body("nom", equalTo("Extension 2014 — variante retenue")).body("statut", equalTo("TERMINE"))
                .body("score", equalTo(fin.getString("score")));
        Comptes.ministere().get(location).then().statusCode(200).body("nom", equalTo("Extension 2014 — variante retenue"))
                .body("resultat.retenus", equalTo(fin.getList("resultat.retenus")));
        assertThat(depot.find(id).orElseThrow().scenario().nom()).isEqualTo("Extension 2014 — variante retenue");
        List<String> noms = Comptes.ministere().queryParam("taille", 100).get("/api/scenarios").then().extract()
                .path("scenarios.findAll { it.id == '" + id + "' }.nom");
        assertThat(noms).containsExactly("Extension 2014 — variante retenue");

        Comptes.ministere().queryParam("supprimer", "true").delete(location).then().statusCode(204);

        Comptes.ministere().get(location).then().statusCode(404).contentType("application/problem+json");
        assertThat(depot.find(id)).isEmpty();
        List<String> ids = Comptes.ministere().queryParam("taille", 100).get("/api/scenarios").then().extract().path("scenarios.id");
        assertThat(ids).doesNotContain(id);
        Comptes.ministere().queryParam("supprimer", "true").delete(location).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSubmissionRetriedWithTheKeyOfADeletedScenarioIsRefused410AndSolvesNothing() {
        String cle = "supprime-" + UUID.randomUUID();
        String demande = petitScenario(2, 1).replace("Petit scénario", "Supprimé puis soumis de nouveau");
        String location = Comptes.ministere().contentType("application/json").header("Idempotency-Key", cle).body(demande).post("/api/scenarios")
                .then().statusCode(202).extract().header("Location");
        attendreLaFin(location, Duration.ofSeconds(20));
        Comptes.ministere().queryParam("supprimer", "true").delete(location).then().statusCode(204);
        long stockes = Comptes.ministere().get("/api/scenarios").then().statusCode(200).extract().<Number>path("total").longValue();

        for (int essai = 0; essai < 2; essai++) { // the key stays spent: every retry is told the same
            Comptes.ministere().contentType("application/json").header("Idempotency-Key", cle).body(demande).post("/api/scenarios")
                    .then().statusCode(410).contentType("application/problem+json").header("Location", nullValue())
                    .body("title", equalTo("Scénario supprimé"))
                    .body("detail", containsString("Le scénario créé avec cette clé d'idempotence (Idempotency-Key) a été supprimé"))
                    .body("violations.champ", hasItem("Idempotency-Key"));
        }

        Comptes.ministere().get(location).then().statusCode(404);
        assertThat(Comptes.ministere().get("/api/scenarios").then().extract().<Number>path("total").longValue()).isEqualTo(stockes);
        // the key of another request is still refused as such, and a new key launches the scenario again
        Comptes.ministere().contentType("application/json").header("Idempotency-Key", cle).body(demande.replace("Supprimé", "Autre"))
                .post("/api/scenarios").then().statusCode(422);
        String relance = Comptes.ministere().contentType("application/json").header("Idempotency-Key", cle + "-2").body(demande)
                .post("/api/scenarios").then().statusCode(202).extract().header("Location");
        assertThat(relance).isNotEqualTo(location);
    }

    @Test
    void aScenarioBeingSolvedIsNeitherRenamedNorDeletedUntilStopped() throws Exception {
        String location = Comptes.ministere().contentType("text/csv").body(Files.readString(NATIONAL)).queryParam("nom", "Long calcul")
                .queryParam("dureeMaxSecondes", 120).post("/api/scenarios").then().statusCode(202).extract().header("Location");

        Comptes.ministere().contentType("application/json").body("{\"nom\": \"Autre nom\"}").patch(location)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("en cours de résolution"));
        Comptes.ministere().queryParam("supprimer", "true").delete(location)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("Arrêtez-le"));
        Comptes.ministere().get(location).then().statusCode(200).body("nom", equalTo("Long calcul"));

        Comptes.ministere().delete(location).then().statusCode(200).body("statut", equalTo("ARRETE")); // a plain DELETE still stops
        Comptes.ministere().queryParam("supprimer", "true").delete(location).then().statusCode(204);
        Comptes.ministere().get(location).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "nom vide|{\"nom\": \"  \"}|nom",
            "nom absent|{}|nom",
            "nom de 201 caractères|{\"nom\": \"%s\"}|nom"})
    void aBadNewNameIsRefusedNamingTheField(String cas, String corps, String champ) throws Exception {
        String location = creer(petitScenario(2, 1));
        attendreLaFin(location, Duration.ofSeconds(20));
        Comptes.ministere().contentType("application/json").body(corps.formatted("x".repeat(201))).patch(location)
                .then().statusCode(400).contentType("application/problem+json").body("violations.champ", hasItem(champ));
        Comptes.ministere().get(location).then().statusCode(200).body("nom", equalTo("Petit scénario"));
    }

    @Test
    void renamingOrDeletingAnUnknownScenarioIs404AndABadSupprimerIs400() {
        String inconnu = "/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C";
        Comptes.ministere().contentType("application/json").body("{\"nom\": \"Nouveau\"}").patch(inconnu)
                .then().statusCode(404).contentType("application/problem+json");
        Comptes.ministere().queryParam("supprimer", "true").delete(inconnu).then().statusCode(404).contentType("application/problem+json");
        Comptes.ministere().queryParam("supprimer", "oui").delete(inconnu)
                .then().statusCode(400).contentType("application/problem+json").body("violations.champ", hasItem("supprimer"));
        Comptes.agentArs("BRETAGNE").contentType("application/json").body("{\"nom\": \"Nouveau\"}").patch(inconnu).then().statusCode(403);
        Comptes.agentArs("BRETAGNE").queryParam("supprimer", "true").delete(inconnu).then().statusCode(403);
    }
}
