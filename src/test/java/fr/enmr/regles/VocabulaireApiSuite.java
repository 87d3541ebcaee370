package fr.enmr.regles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.securite.Comptes;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The codes belong to the rule version (issue 25, rules-api.md « Vocabulary belongs to the version »): a code the version
 * in force does not know is a 400 naming the field and the codes it accepts; a code an analyst adds in a published
 * version is accepted at once, with no restart; a draft whose tables use a code its lists lack, or a campaign without
 * its row, is 422; a code a later version drops stays on the decisions that carry it. Run in both store modes.
 */
public abstract class VocabulaireApiSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DMN = "enmr.dmn";
    private static final String CAS_REGIONS = "bornes-eligibilite.json";

    private String activeAvant;

    @BeforeEach
    void noterLaVersionActive() {
        activeAvant = VersionsApiSuite.actif();
    }

    @AfterEach
    void remettreLaVersionActive() {
        String active = VersionsApiSuite.actif();
        if (!active.equals(activeAvant)) {
            Comptes.analyste().contentType("application/json").body(Map.of("motif", "remise en état après le test du vocabulaire"))
                    .post("/api/regles/versions/" + activeAvant + "/reactivation").then().statusCode(200);
        }
    }

    @Test
    void everyRoleReadsTheCodeListsOfTheVersionInForceAndOfAnyVersion() {
        JsonPath vocabulaire = Comptes.agentArs("BRETAGNE").get("/api/regles/vocabulaire").then().statusCode(200).extract().jsonPath();
        assertThat(vocabulaire.getList("campagnes")).containsExactly("ENMR_2010", "ENMR_2014");
        assertThat(vocabulaire.getList("regions")).hasSize(26).contains("BRETAGNE", "OCEAN_INDIEN");
        assertThat(vocabulaire.getList("professions")).contains("INFIRMIER", "MEDECIN_GENERALISTE").doesNotContain("INFIRMIER_PRATIQUE_AVANCEE");
        assertThat(vocabulaire.getList("formesJuridiques")).contains("SISA").doesNotContainNull();
        assertThat(vocabulaire.getMap("$")).containsOnlyKeys("campagnes", "regions", "typesStructure", "formesJuridiques", "professions",
                "axes", "pathologies", "sens");
        for (var qui : List.of(Comptes.ministere(), Comptes.analyste(), Comptes.admin())) {
            qui.get("/api/regles/vocabulaire").then().statusCode(200).body("sens", equalTo(List.of("HAUSSE", "BAISSE")));
        }
        Comptes.agentArs("BRETAGNE").get("/api/regles/versions/" + activeAvant + "/vocabulaire").then().statusCode(200)
                .body("pathologies", hasItem("DIABETE"));
        Comptes.agentArs("BRETAGNE").get("/api/regles/versions/01ARZ3NDEKTSV4RRFFQ69G5FAV/vocabulaire").then().statusCode(404);
        Comptes.agentArs("BRETAGNE").get("/api/regles/versions").then().statusCode(403); // the versions themselves stay the analysts'
    }

    @Test
    void anUnknownCodeIsNamedWithTheCodesTheVersionAccepts() throws IOException {
        ObjectNode dossier = exemple();
        ((ObjectNode) dossier.get("professionnels").get(1)).put("profession", "INFIRMIER_PRATIQUE_AVANCEE");
        ((ArrayNode) dossier.with("projetDeSante").get("axes")).add("TELESANTE");
        dossier.withArray("programmesEtp").add(programme("ETP-1", "MALADIE_RENALE_CHRONIQUE"));

        Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier.toString()).post("/api/decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", equalTo(List.of("professionnels[1].profession", "programmesEtp[0].pathologie", "projetDeSante.axes[3]")))
                .body("violations[0].message", containsString("« INFIRMIER_PRATIQUE_AVANCEE » inconnu"))
                .body("violations[0].message", containsString("MEDECIN_GENERALISTE, MEDECIN_SPECIALISTE, INFIRMIER"))
                .body("violations[1].message", containsString("DIABETE"));
    }

    @Test
    void aPathologyAndAnAdvancedPracticeNurseAddedByAnalystsAreAcceptedOnceTheirVersionIsActive() throws IOException {
        ObjectNode dossier = exemple();
        dossier.put("campagne", "ENMR_2015").put("annee", 2015).put("reference", "VOC-IPA-" + System.nanoTime());
        ArrayNode equipe = dossier.putArray("professionnels");
        equipe.addObject().put("profession", "MEDECIN_GENERALISTE").put("nombre", 2).put("demiJourneesHebdo", 11).put("adherent", true);
        equipe.addObject().put("profession", "INFIRMIER_PRATIQUE_AVANCEE").put("nombre", 1).put("demiJourneesHebdo", 11).put("adherent", true);
        dossier.withArray("programmesEtp").add(programme("ETP-RENAL", "MALADIE_RENALE_CHRONIQUE"));
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier.toString()).post("/api/decisions")
                .then().statusCode(400).body("violations.champ", hasItem("campagne"));

        String dmn = VersionsApiSuite.fichier(activeAvant, DMN);
        dmn = ajouterCode(dmn, "tCampagne", "ENMR_2015");
        dmn = ajouterLigneDeCampagne(dmn, "ENMR_2015", 2015, 2015, true, false,
                "Transition 2015 des sites financés sous ENMR_2014 (règlement arbitral du 23 février 2015, art. 5).");
        dmn = ajouterCode(dmn, "tProfession", "INFIRMIER_PRATIQUE_AVANCEE");
        dmn = ajouterALaListe(dmn, "Auxiliaires médicaux", "INFIRMIER_PRATIQUE_AVANCEE");
        dmn = ajouterCode(dmn, "tPathologie", "MALADIE_RENALE_CHRONIQUE");
        String version = publier(dmn, "ENMR_2015, IPA (décret 2018-629) et maladie rénale chronique");

        JsonPath decision = Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier.toString()).post("/api/decisions")
                .then().statusCode(201).extract().jsonPath();
        assertThat(decision.getString("version")).isEqualTo(version);
        assertThat(decision.getString("versionRegles")).startsWith("ENMR_2015+sha256:");
        assertThat(decision.getBoolean("eligible")).as("the IPA counts as an auxiliaire médical").isTrue();
        assertThat(decision.getList("criteres.findAll { it.code == 'PLURIPROFESSIONNEL' }.satisfait")).containsExactly(true);
        assertThat(decision.getFloat("module2.montant")).isEqualTo(250f * 42);
        Comptes.ministere().get("/api/regles/vocabulaire").then().body("pathologies", hasItem("MALADIE_RENALE_CHRONIQUE"))
                .body("campagnes", equalTo(List.of("ENMR_2010", "ENMR_2014", "ENMR_2015")));
        Comptes.analyste().get("/api/regles/versions/" + version).then().body("campagnes", equalTo(List.of("ENMR_2010", "ENMR_2014", "ENMR_2015")));
        String openapi = Comptes.analyste().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(openapi).getList("components.schemas.ProgrammeEtp.properties.pathologie.enum")).contains("MALADIE_RENALE_CHRONIQUE");
        assertThat(JsonPath.from(openapi).getList("components.schemas.Dossier.properties.campagne.enum")).contains("ENMR_2015");
    }

    @Test
    void aRegionOfALaterCampaignIsDecidedByItsAgentAndARegionALaterVersionDropsStaysOnItsDecisions() throws IOException {
        ObjectNode champagne = exemple();
        champagne.put("reference", "VOC-CHA-" + System.nanoTime()).with("structure").put("region", "CHAMPAGNE_ARDENNE");
        String avant = Comptes.agentArs("CHAMPAGNE_ARDENNE").contentType("application/json").body(champagne.toString()).post("/api/decisions")
                .then().statusCode(201).extract().jsonPath().getString("id");
        ObjectNode grandEst = exemple();
        grandEst.put("reference", "VOC-GE-" + System.nanoTime()).put("campagne", "ENMR_2016").put("annee", 2016)
                .with("structure").put("region", "GRAND_EST");
        // unknown codes are bad input, named, not another region's dossier (403)
        Comptes.agentArs("GRAND_EST").contentType("application/json").body(grandEst.toString()).post("/api/decisions")
                .then().statusCode(400).body("violations.champ", equalTo(List.of("campagne", "structure.region")));

        String dmn = VersionsApiSuite.fichier(activeAvant, DMN);
        dmn = ajouterCode(dmn, "tCampagne", "ENMR_2016");
        dmn = ajouterLigneDeCampagne(dmn, "ENMR_2016", 2016, 2016, true, false, "Campagne 2016 : les 13 régions métropolitaines (loi 2015-29).");
        dmn = ajouterCode(dmn, "tRegion", "GRAND_EST");
        dmn = retirerCode(dmn, "tRegion", "CHAMPAGNE_ARDENNE");
        // a region still one of « Régions expérimentatrices » cannot leave the list: refused, named, nothing stored
        brouillon(retirerCode(dmn, "tRegion", "FRANCHE_COMTE"), "sans la Franche-Comté, oubli d'une table").then().statusCode(422)
                .body("erreurs.element", hasItem("Régions expérimentatrices"))
                .body("erreurs.message", hasItem(containsString("« FRANCHE_COMTE » n'est pas dans la liste « tRegion »")));
        // its cases go with it: a region gone, its cases go too (a rule and the case that expects it change together)
        ArrayNode cas = (ArrayNode) JSON.readTree(VersionsApiSuite.fichier(activeAvant, CAS_REGIONS));
        ArrayNode sansChampagne = JSON.createArrayNode();
        cas.forEach(c -> {
            if (!c.path("nom").asText().contains("CHAMPAGNE_ARDENNE")) {
                sansChampagne.add(c);
            }
        });
        assertThat(sansChampagne.size()).isLessThan(cas.size());
        String version = publier(Map.of(DMN, dmn, CAS_REGIONS, sansChampagne.toPrettyString()), "Régions de 2016 : Grand Est, sans Champagne-Ardenne");

        Comptes.agentArs("GRAND_EST").contentType("application/json").body(grandEst.toString()).post("/api/decisions")
                .then().statusCode(201).body("eligible", equalTo(true)).body("version", equalTo(version))
                .body("versionRegles", containsString("ENMR_2016+sha256:"));
        Comptes.agentArs("CHAMPAGNE_ARDENNE").contentType("application/json")
                .body(champagne.put("reference", "VOC-CHA2-" + System.nanoTime()).toString())
                .post("/api/decisions").then().statusCode(400).body("violations.champ", equalTo(List.of("structure.region")))
                .body("violations[0].message", containsString("GRAND_EST"));
        // the decision made before keeps its region: readable, searchable, counted, and its agent still reads it
        Comptes.ministere().get("/api/decisions/" + avant).then().statusCode(200).body("dossier.structure.region", equalTo("CHAMPAGNE_ARDENNE"));
        Comptes.ministere().queryParam("region", "CHAMPAGNE_ARDENNE").queryParam("reference", "VOC-CHA-")
                .get("/api/decisions").then().statusCode(200).body("decisions.id", hasItem(avant));
        Comptes.agentArs("CHAMPAGNE_ARDENNE").get("/api/decisions/" + avant).then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Comptes.ministere().queryParam("campagne", "ENMR_2014")
                .queryParam("region", "CHAMPAGNE_ARDENNE").get("/api/pilotage").then().statusCode(200)
                .body("parRegion[0].region", equalTo("CHAMPAGNE_ARDENNE")).body("parRegion[0].sites", org.hamcrest.Matchers.greaterThan(0)));
        JsonPath toutes = Comptes.ministere().queryParam("campagne", "ENMR_2014").get("/api/pilotage").then().statusCode(200).extract().jsonPath();
        assertThat(toutes.getList("parRegion.region")).contains("GRAND_EST", "CHAMPAGNE_ARDENNE");
    }

    @Test
    void aCampaignWithoutItsRowIsRefusedNamingTheTable() {
        String dmn = ajouterCode(VersionsApiSuite.fichier(activeAvant, DMN), "tCampagne", "ENMR_2017");
        brouillon(dmn, "campagne sans règles").then().statusCode(422)
                .body("erreurs.element", hasItem("Règles de la campagne"))
                .body("erreurs.message", hasItem(containsString("« ENMR_2017 »")));
    }

    // --- a version as an analyst would make it ---

    private static Response brouillon(String dmn, String motif) {
        return brouillon(Map.of(DMN, dmn), motif);
    }

    private static Response brouillon(Map<String, String> fichiers, String motif) {
        return Comptes.analyste().contentType("application/json")
                .body(Map.of("base", VersionsApiSuite.actif(), "motif", motif, "fichiers", fichiers)).post("/api/regles/versions");
    }

    /** Drafted by one analyst, approved by another: the id of the version in force. */
    private static String publier(String dmn, String motif) {
        return publier(Map.of(DMN, dmn), motif);
    }

    private static String publier(Map<String, String> fichiers, String motif) {
        String id = brouillon(fichiers, motif).then().statusCode(201).extract().jsonPath().getString("id");
        Comptes.analyste().post("/api/regles/versions/" + id + "/soumission").then().statusCode(200);
        Comptes.analyste2().post("/api/regles/versions/" + id + "/approbation").then().statusCode(200).body("active", equalTo(true));
        return id;
    }

    static String ajouterCode(String dmn, String type, String code) {
        return modifierValeursAdmises(dmn, type, texte -> texte + ", &quot;" + code + "&quot;");
    }

    static String retirerCode(String dmn, String type, String code) {
        return modifierValeursAdmises(dmn, type, texte -> texte.replace("&quot;" + code + "&quot;, ", ""));
    }

    private static String modifierValeursAdmises(String dmn, String type, java.util.function.UnaryOperator<String> modification) {
        Matcher m = Pattern.compile("(name=\"" + type + "\".*?<allowedValues[^>]*>\\s*<text>)(.*?)(</text>)", Pattern.DOTALL).matcher(dmn);
        assertThat(m.find()).as(type).isTrue();
        return dmn.substring(0, m.start(2)) + modification.apply(m.group(2)) + dmn.substring(m.end(2));
    }

    static String ajouterALaListe(String dmn, String decision, String code) {
        return modifierLiterale(dmn, decision, texte -> texte.replace("]", ", &quot;" + code + "&quot;]"));
    }

    private static String modifierLiterale(String dmn, String decision, java.util.function.UnaryOperator<String> modification) {
        Matcher m = Pattern.compile("(<decision [^>]*name=\"" + decision + "\">.*?<literalExpression[^>]*>\\s*<text>)(.*?)(</text>)",
                Pattern.DOTALL).matcher(dmn);
        assertThat(m.find()).as(decision).isTrue();
        return dmn.substring(0, m.start(2)) + modification.apply(m.group(2)) + dmn.substring(m.end(2));
    }

    static String ajouterLigneDeCampagne(String dmn, String campagne, int min, int max, boolean sisa, boolean experimentalesSeules,
            String source) {
        int decision = dmn.indexOf("name=\"Règles de la campagne\">");
        int fin = dmn.indexOf("</decisionTable>", decision);
        String ligne = "  <rule id=\"_regle_" + campagne + "\">\n"
                + "        <inputEntry id=\"_regle_" + campagne + "_1\"><text>&quot;" + campagne + "&quot;</text></inputEntry>\n"
                + "        <outputEntry id=\"_regle_" + campagne + "_2\"><text>" + min + "</text></outputEntry>\n"
                + "        <outputEntry id=\"_regle_" + campagne + "_3\"><text>" + max + "</text></outputEntry>\n"
                + "        <outputEntry id=\"_regle_" + campagne + "_4\"><text>" + min + "</text></outputEntry>\n"
                + "        <outputEntry id=\"_regle_" + campagne + "_5\"><text>" + sisa + "</text></outputEntry>\n"
                + "        <outputEntry id=\"_regle_" + campagne + "_6\"><text>" + experimentalesSeules + "</text></outputEntry>\n"
                + "        <annotationEntry><text>" + source + "</text></annotationEntry>\n"
                + "      </rule>\n    ";
        return dmn.substring(0, fin) + ligne + dmn.substring(fin);
    }

    private static ObjectNode exemple() throws IOException {
        ObjectNode dossier = (ObjectNode) JSON.readTree(DecisionApiSuite.exemple1());
        dossier.put("reference", "VOC-" + System.nanoTime());
        return dossier;
    }

    private static ObjectNode programme(String identifiant, String pathologie) {
        ObjectNode programme = JSON.createObjectNode().put("identifiant", identifiant).put("pathologie", pathologie)
                .put("conformeCahierDesCharges", true).put("coordonneParMedecin", true).put("patientsProgrammeComplet", 42);
        programme.putObject("autorisationArs").put("debut", "2013-03-01").put("fin", "2017-02-28");
        programme.putArray("professionsEquipe").add("MEDECIN_GENERALISTE").add("INFIRMIER");
        return programme;
    }
}
