package fr.enmr.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.securite.Comptes;
import fr.enmr.store.DecisionStore;
import io.restassured.specification.RequestSpecification;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The ARS endpoint as the contract (decision-api.md) describes it: answers, storage, and refusals.
 * Run in both store modes by DecisionApiTest (embedded) and DecisionApiDistantTest (remote).
 */
public abstract class DecisionApiSuite {

    @Inject
    DecisionStore store;

    /** The ARS agent of Bretagne, the region of the example dossier. */
    static RequestSpecification given() {
        return Comptes.agentArs("BRETAGNE");
    }

    public static String exemple1() throws IOException {
        return Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json"));
    }

    @Test
    void aDecisionIsAnsweredCreatedWithItsIdRuleVersionAndLocation() throws IOException {
        Response created = given().contentType("application/json").body(exemple1()).post("/api/decisions");

        created.then().statusCode(201)
                .contentType("application/json")
                .header("Location", matchesPattern(".*/api/decisions/[0-9A-HJKMNP-TV-Z]{26}"))
                .body("id", matchesPattern("[0-9A-HJKMNP-TV-Z]{26}"))
                .body("reference", equalTo("BRE-2014-0001"))
                .body("campagne", equalTo("ENMR_2014"))
                .body("annee", equalTo(2014))
                .body("versionRegles", matchesPattern("ENMR_2014\\+sha256:[0-9a-f]{64}"))
                .body("moteur", equalTo("compile")) // the model compiled to Java by the build
                .body("horodatage", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"))
                .body("eligible", equalTo(true))
                .body("criteres.code", equalTo(java.util.List.of("TYPE_STRUCTURE", "PROJET_DE_SANTE", "PLURIPROFESSIONNEL", "FORME_JURIDIQUE", "REGION")))
                .body("criteres.explication", everyItem(notNullValue()))
                .body("module1.montant", equalTo(35450.00f))
                .body("total", equalTo(35450.00f))
                .body("constats", hasSize(0));
    }

    @Test
    void theStoredDecisionIsReadBackExactlyAsAnsweredWithItsDossier() throws IOException {
        Response created = given().contentType("application/json").body(exemple1()).post("/api/decisions");
        String location = created.header("Location");

        Response read = given().get(location);

        read.then().statusCode(200).contentType("application/json");
        JsonPath answered = created.jsonPath();
        JsonPath stored = read.jsonPath();
        assertThat(stored.getMap("")).containsAllEntriesOf(answered.getMap(""));
        assertThat(stored.getString("dossier.structure.nom")).isEqualTo("MSP de Melgven");
        assertThat(stored.getInt("dossier.patientele.adultesMedecinTraitant")).isEqualTo(3100);
    }

    /** The typed answers write the stored JSON as the former string splicing did, byte for byte, and OpenAPI shows them. */
    @Test
    void theReadAndListAnswersAreTheStoredJsonByteForByteAndOpenApiDescribesThem() throws IOException {
        String reference = "OCTETS-" + System.nanoTime();
        String dossier = exemple1().replace("BRE-2014-0001", reference).replace("\"MSP de Melgven\"", "\"MSP « Ty-Ar-Bed » \\\\ \\\"1\\\" é\"");
        Response created = given().contentType("application/json").body(dossier).post("/api/decisions");
        String id = created.jsonPath().getString("id");
        fr.enmr.store.StoredDecision stockee = store.find(id).orElseThrow();
        String decision = stockee.decisionJson();
        assertThat(created.asString()).isEqualTo(decision);

        assertThat(given().get("/api/decisions/" + id).asString()).isEqualTo(
                decision.substring(0, decision.lastIndexOf('}')) + ",\"dossier\":" + stockee.dossierJson() + "}");
        String nom = new ObjectMapper().writeValueAsString("MSP « Ty-Ar-Bed » \\ \"1\" é");
        assertThat(given().queryParam("reference", reference).get("/api/decisions").asString()).isEqualTo(
                "{\"decisions\":[" + decision + "],\"page\":0,\"taille\":20,\"total\":1,\"structures\":{\"" + id + "\":" + nom
                        + "},\"remplacees\":[]}");

        JsonPath openapi = io.restassured.RestAssured.given().auth().preemptive().basic("analyste", fr.enmr.securite.Comptes.MOT_DE_PASSE)
                .accept("application/json").get("/q/openapi").jsonPath();
        assertThat(openapi.getString("paths.'/api/decisions'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
                .endsWith("/ListeDecisions");
        assertThat(openapi.getMap("components.schemas.ListeDecisions.properties"))
                .containsKeys("decisions", "page", "taille", "total", "structures", "remplacees");
        assertThat(openapi.getMap("components.schemas.ListeDecisions.properties.decisions.items.properties")).containsKeys("eligible", "module1");
        assertThat(openapi.getString("paths.'/api/decisions/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
                .endsWith("/DecisionEtDossier");
        assertThat(openapi.getList("components.schemas.DecisionEtDossier.allOf.'$ref'", String.class))
                .containsExactly("#/components/schemas/Decision", "#/components/schemas/DossierDeLaDecision");
        assertThat(openapi.getMap("components.schemas.DossierDeLaDecision.properties")).containsKey("dossier");
        assertThat(openapi.getMap("components.schemas.DecisionEtDossier")).doesNotContainKey("properties");
    }

    /** The data keeps a name as given, even one a spreadsheet would run (issue 17): only exported files neutralise it. */
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://exemple.invalid/x\";\"Cliquer\")", "+Santé", "-x", "@x"})
    void aNameThatWouldBeASpreadsheetFormulaIsAcceptedAndKeptAsGiven(String nom) throws IOException {
        String corps = exemple1().replace("\"MSP de Melgven\"", new ObjectMapper().writeValueAsString(nom));

        Response created = given().contentType("application/json").body(corps).post("/api/decisions");

        created.then().statusCode(201);
        assertThat(given().get(created.header("Location")).jsonPath().getString("dossier.structure.nom")).isEqualTo(nom);
    }

    @Test
    void anUnknownDecisionIs404ProblemJson() {
        given().get("/api/decisions/01JD3Z8K6Q6M2W4T5Y7X9A1B2C")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404))
                .body("detail", equalTo("Aucune décision n'est enregistrée sous l'identifiant « 01JD3Z8K6Q6M2W4T5Y7X9A1B2C »."));
    }

    @Test
    void anIdThatCannotBeADecisionsIsNotEchoedBack() {
        given().get("/api/decisions/{id}", "x\u0000'<script>alert(1)</script>")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Aucune décision n'est enregistrée sous l'identifiant (identifiant non valide)."));
    }

    static Stream<Arguments> saisiesRefusees() throws IOException {
        String ok = exemple1();
        return Stream.of(
                Arguments.of("type de structure inconnu", ok.replace("\"MAISON_DE_SANTE\"", "\"HOPITAL\""), "structure.type"),
                Arguments.of("nombre négatif", ok.replace("\"nombre\": 3,", "\"nombre\": -1,"), "professionnels[0].nombre"),
                Arguments.of("15 demi-journées", ok.replace("\"demiJourneesHebdo\": 10", "\"demiJourneesHebdo\": 15"), "professionnels[0].demiJourneesHebdo"),
                Arguments.of("fin avant début", ok.replace("\"programmesEtp\": []", """
                        "programmesEtp": [{"identifiant": "P1", "autorisationArs": {"debut": "2014-03-01", "fin": "2014-02-28"}}]"""),
                        "programmesEtp[0].autorisationArs.fin"),
                Arguments.of("campagne absente", ok.replace("\"campagne\": \"ENMR_2014\",", ""), "campagne"),
                Arguments.of("année hors campagne", ok.replace("\"annee\": 2014", "\"annee\": 2013"), "annee"),
                Arguments.of("JSON mal formé", ok.substring(0, ok.length() / 2), null),
                Arguments.of("nombre décimal", ok.replace("\"nombre\": 3,", "\"nombre\": 2.5,"), "professionnels[0].nombre"),
                Arguments.of("nombre en texte", ok.replace("\"nombre\": 3,", "\"nombre\": \"3\","), "professionnels[0].nombre"),
                Arguments.of("champ inconnu", ok.replace("\"premiereAnnee\": true", "\"premiereAnnee\": true, \"bonus\": 1"), "bonus"),
                Arguments.of("clé en double", ok.replace("\"annee\": 2014", "\"annee\": 2014, \"annee\": 2014"), "annee"),
                Arguments.of("date impossible", ok.replace("2013-11-15", "2013-02-30"), "projetDeSante.dateTransmissionArs"),
                Arguments.of("corps vide", "", "corps"),
                Arguments.of("tableau au lieu d'objet", "[]", "corps"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("saisiesRefusees")
    void badInputIs400ProblemJsonNamingTheFieldAndStoresNothing(String cas, String corps, String champ) {
        long before = store.count();

        Response refused = given().contentType("application/json").body(corps).post("/api/decisions");

        refused.then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("violations", not(hasSize(0)))
                .body("violations.message", everyItem(notNullValue()))
                .body(not(containsString("Exception")))
                .body(not(containsString("at fr.enmr")));
        if (champ != null) {
            refused.then().body("violations.champ", hasItem(champ));
        }
        assertThat(store.count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws IOException {
        String corps = exemple1().replace("\"nombre\": 3,", "\"nombre\": -1,")
                .replace("\"demiJourneesHebdo\": 11", "\"demiJourneesHebdo\": 15")
                .replace("\"reference\": \"BRE-2014-0001\"", "\"reference\": \"BRE 2014/0001\"")
                .replace("\"annee\": 2014", "\"annee\": 2016");

        given().contentType("application/json").body(corps).post("/api/decisions")
                .then().statusCode(400)
                .body("violations.champ", hasItems("professionnels[0].nombre", "professionnels[1].demiJourneesHebdo", "reference", "annee"));
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedNamingTheBodyAndNothingIsStored() throws IOException {
        long before = store.count();
        byte[] latin1 = exemple1().replace("MSP de Melgven", "MSP de l'Été").getBytes(StandardCharsets.ISO_8859_1);

        given().contentType("application/json").body(latin1).post("/api/decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", contains("corps"))
                .body("violations[0].message", containsString("texte UTF-8 attendu"));
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIs415ProblemJson() throws IOException {
        long before = store.count();
        given().contentType("text/plain").body(exemple1()).post("/api/decisions")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void theGeneratedDmnEndpointAnswersBadInputWith400NotA500() throws IOException {
        String corps = exemple1().replace("\"MAISON_DE_SANTE\"", "\"HOPITAL\"");

        Comptes.analyste().contentType("application/json").body(corps).post("/enmr")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", not(hasSize(0)));
    }

    @Test
    void theGeneratedDmnEndpointNamesTheInputInErrorInFrenchAndLeavesOutTheDecisionsItOnlySkipped() throws IOException {
        String corps = exemple1().replaceFirst("\"professionnels\": \\[", "\"professionnels\": \"abc\", \"autres\": [");

        Comptes.analyste().contentType("application/json").body(corps).post("/enmr")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", contains("professionnels"))
                .body("violations[0].message", equalTo("valeur non conforme au type déclaré de l'entrée (tProfessionnels)"))
                .body("violations[0].moteur", containsString("'abc'"));
    }

    @Test
    void theGeneratedDmnEndpointShowsEveryIntermediateDecision() throws IOException {
        Comptes.analyste().contentType("application/json").body(exemple1()).post("/enmr")
                .then().statusCode(200)
                .body("'Patientèle retenue'", equalTo(3350))
                .body("'Part A'", equalTo(30000))
                .body("'Décision'.total", equalTo(35450.0f));
    }

    @Test
    void aBodyOverOneMebibyteIs413ProblemJsonAndStoresNothing() throws IOException {
        long before = store.count();
        String corps = exemple1().replace("\"MSP de Melgven\"", "\"" + "x".repeat(1_100_000) + "\"");

        given().contentType("application/json").body(corps).post("/api/decisions")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void readinessSaysTheStoreAnswers() {
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("magasin-decisions"))
                .body("status", equalTo("UP"));
    }

    @Test
    void storedDecisionsAreListedNewestFirstByReferenceRegionCampaignAndEligibility() throws IOException {
        String reference = "LISTE-" + System.nanoTime();
        String eligible = exemple1().replace("BRE-2014-0001", reference);
        String nonEligible = eligible.replace("\"SISA\"", "\"SCM\"");
        String premier = given().contentType("application/json").body(eligible).post("/api/decisions").jsonPath().getString("id");
        String deuxieme = given().contentType("application/json").body(nonEligible).post("/api/decisions").jsonPath().getString("id");
        String troisieme = given().contentType("application/json").body(eligible).post("/api/decisions").jsonPath().getString("id");

        given().queryParam("reference", reference).get("/api/decisions").then().statusCode(200)
                .body("total", equalTo(3))
                .body("decisions.id", equalTo(java.util.List.of(troisieme, deuxieme, premier)))
                .body("decisions[0].module1.montant", equalTo(35450.00f))
                // beside the decisions: each one's structure, and those a newer decision of their reference replaces
                .body("remplacees", equalTo(java.util.List.of(deuxieme, premier)));
        java.util.Map<String, String> structures = given().queryParam("reference", reference).get("/api/decisions").jsonPath().getMap("structures");
        assertThat(structures).containsEntry(troisieme, "MSP de Melgven").containsKeys(deuxieme, premier);
        given().queryParam("reference", reference).queryParam("eligible", "false").queryParam("region", "BRETAGNE")
                .queryParam("campagne", "ENMR_2014").get("/api/decisions").then().statusCode(200)
                .body("decisions.id", equalTo(java.util.List.of(deuxieme)));
        given().queryParam("reference", reference).queryParam("taille", 2).queryParam("page", 1).get("/api/decisions")
                .then().statusCode(200).body("decisions.id", equalTo(java.util.List.of(premier))).body("total", equalTo(3));
    }

    @Test
    void storedDecisionsAreFoundByAPartOfTheStructuresNameWhateverItsCaseAccentsAndHyphens() throws IOException {
        String marque = "Zephyr" + System.nanoTime();
        String nom = "Maison de santé pluriprofessionnelle Saint-Brévin " + marque;
        String id = given().contentType("application/json")
                .body(exemple1().replace("BRE-2014-0001", "NOM-1-" + marque).replace("\"MSP de Melgven\"", "\"" + nom + "\""))
                .post("/api/decisions").jsonPath().getString("id");
        String autre = given().contentType("application/json")
                .body(exemple1().replace("BRE-2014-0001", "NOM-2-" + marque).replace("\"MSP de Melgven\"", "\"Centre de santé " + marque + "\""))
                .post("/api/decisions").jsonPath().getString("id");

        for (String partie : java.util.List.of("maison de sante", "MAISON DE SANTÉ", "saint brevin " + marque.toLowerCase(),
                "Saint-Brévin", "santé  pluriprofessionnelle")) {
            given().queryParam("nom", partie).get("/api/decisions").then().statusCode(200)
                    .body("decisions.id", hasItem(id)).body("decisions.id", not(hasItem(autre)))
                    .body("structures." + id, equalTo(nom));
        }
        given().queryParam("nom", marque.toUpperCase()).get("/api/decisions").then().statusCode(200)
                .body("decisions.id", equalTo(java.util.List.of(autre, id))).body("total", equalTo(2));
        // with the other filters, and in the dashboards' list of the latest decision of each reference
        given().queryParam("nom", marque).queryParam("eligible", "true").queryParam("annee", 2014).get("/api/decisions")
                .then().statusCode(200).body("decisions.id", hasItem(id));
        given().queryParam("nom", "brevin " + marque).queryParam("region", "LORRAINE").queryParam("campagne", "ENMR_2014")
                .get("/api/decisions").then().statusCode(403);
        Comptes.ministere().queryParam("nom", "brevin " + marque).queryParam("region", "LORRAINE").get("/api/decisions")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("nom", "Melgven " + marque).get("/api/decisions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aNameSearchWithoutALetterOrADigitIsNamed() {
        given().queryParam("nom", " -- ' ").get("/api/decisions").then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", equalTo(java.util.List.of("nom")));
        given().queryParam("nom", "a".repeat(201)).get("/api/decisions").then().statusCode(400)
                .body("violations.champ", equalTo(java.util.List.of("nom")));
    }

    @Test
    void badListParametersAreNamed() {
        given().queryParam("region", "Bretagne !").queryParam("eligible", "peut-etre").queryParam("taille", 1000)
                .get("/api/decisions").then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItems("region", "eligible", "taille"));
    }

    @Test
    void aRegionCodeNoVersionHasFindsNothingRatherThanRefusing() {
        // stored decisions keep the codes of the version that made them, so a filter takes any well-formed code
        Comptes.ministere().queryParam("region", "ATLANTIDE").get("/api/decisions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void twoUnreadableFieldsAndARangeErrorAreAllNamed() throws IOException {
        String corps = exemple1().replace("\"MAISON_DE_SANTE\"", "\"HOPITAL\"").replace("\"BRETAGNE\"", "\"ATLANTIDE\"")
                .replace("\"demiJourneesHebdo\": 10", "\"demiJourneesHebdo\": 15");

        given().contentType("application/json").body(corps).post("/api/decisions")
                .then().statusCode(400)
                .body("violations.champ", equalTo(java.util.List.of("professionnels[0].demiJourneesHebdo", "structure.region", "structure.type")));
    }

    @Test
    void theGeneratedDmnEndpointReadsAbsentInputsAsNotProvided() throws IOException {
        String sansAnneeNiProjet = exemple1().replace("\"annee\": 2014,", "")
                .replaceAll("(?s)\"projetDeSante\": \\{.*?\\},", "");

        Comptes.analyste().contentType("application/json").body(sansAnneeNiProjet).post("/enmr")
                .then().statusCode(200)
                .body("'Année évaluée'", equalTo(2014))
                .body("'Décision'.eligible", equalTo(false))
                .body("'Critère PROJET_DE_SANTE'.satisfait", equalTo(false));
    }
}
