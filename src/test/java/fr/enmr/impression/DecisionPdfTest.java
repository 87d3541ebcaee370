package fr.enmr.impression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.dossier.TexteLisible;
import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The printable decision (issue 15): the PDF an ARS sends to a team, read back as text. */
@QuarkusTest
public class DecisionPdfTest {

    private static final String PDF = "application/pdf";

    /** The Île-de-France centre with three programmes (one without authorisation) and a doubtful file active: every section has content. */
    private static String dossierIdf() throws IOException {
        String programme = """
                {"identifiant": "%s", "pathologie": "DIABETE", %s "conformeCahierDesCharges": true,
                 "professionsEquipe": ["MEDECIN_GENERALISTE", "INFIRMIER"], "coordonneParMedecin": true,
                 "patientsProgrammeComplet": 40, "fileActive": %d, "fileActiveAnneePrecedente": 50, "anneeDemarrage": 2011}""";
        String autorisation = "\"autorisationArs\": {\"debut\": \"2011-01-01\", \"fin\": \"2014-12-31\"},";
        String dossier = Files.readString(Path.of("src/main/resources/cas/bases/cds-ile-de-france-2010.json"));
        int debut = dossier.indexOf("\"programmesEtp\"");
        return dossier.substring(0, debut) + "\"programmesEtp\": ["
                + String.join(",", programme.formatted("ETP-DIABETE-01", autorisation, 80),
                        programme.formatted("ETP-DIABETE-02", "", 60),
                        programme.formatted("ETP-DIABETE-03", autorisation, 20))
                + "]}";
    }

    private static Response decider(String region, String dossier) {
        return Comptes.agentArs(region).contentType("application/json").body(dossier).post("/api/decisions").andReturn();
    }

    private static String texte(byte[] pdf, List<Integer> pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages.add(document.getNumberOfPages());
            return new PDFTextStripper().getText(document);
        }
    }

    /** Text without its blanks (spaces, line breaks, the no-break spaces of French numbers). */
    public static String sansBlancs(String texte) {
        return texte.replaceAll("[\\s\u00a0\u202f]+", "");
    }

    @Test
    void thePdfCarriesTheTeamTheCriteriaWithTheirExplanationsTheAmountsInFrenchTheVersionAndTheId() throws IOException {
        Response creee = decider("ILE_DE_FRANCE", dossierIdf());
        creee.then().statusCode(201);
        JsonPath decision = creee.jsonPath();
        String id = decision.getString("id");

        Response pdf = Comptes.agentArs("ILE_DE_FRANCE").accept(PDF).get("/api/decisions/{id}", id).andReturn();

        pdf.then().statusCode(200).contentType(PDF).header("Content-Disposition", containsString("decision-" + id + ".pdf"));
        List<Integer> pages = new java.util.ArrayList<>();
        String texte = texte(pdf.asByteArray(), pages);
        assertThat(pages.get(0)).isBetween(1, 2);
        assertThat(sansBlancs(texte)).contains(sansBlancs("Centre de santé fictif (données inventées pour les tests)"));
        // the id and the rule version's fingerprint each read whole, on one line
        assertThat(texte).contains("IDF-2012-0001", "Île-de-France",
                id, decision.getString("versionRegles"));
        // the rules by the readable name the workshop gives them (« v1 du 07/12/2026 — motif »), as on the page
        assertThat(sansBlancs(texte)).containsPattern("Règlesv\\d+du\\d\\d/\\d\\d/\\d{4}");
        // every explanation, the site's and each programme's, as people read it: the API's sentence with its codes named
        // and its dates in French (lines may break at a space, a hyphen or a slash: compare without blanks)
        String continu = sansBlancs(texte);
        assertThat(decision.getList("criteres.explication", String.class)).isNotEmpty()
                .allSatisfy(e -> assertThat(continu).contains(sansBlancs(TexteLisible.de(e))));
        assertThat(decision.getList("module2.programmes.criteres.explication.flatten()", String.class)).hasSizeGreaterThan(5)
                .allSatisfy(e -> assertThat(continu).contains(sansBlancs(TexteLisible.de(e))));
        assertThat(decision.getList("constats.message", String.class)).isNotEmpty()
                .allSatisfy(m -> assertThat(continu).contains(sansBlancs(TexteLisible.de(m))));
        // French amounts: narrow no-break space between thousands, no-break space before « € », drawn with an embedded font
        String totalEnFrancais = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.FRANCE)
                .format(decision.getObject("total", java.math.BigDecimal.class));
        assertThat(totalEnFrancais).contains("\u202f").endsWith("\u00a0€");
        assertThat(texte).contains("Total : " + totalEnFrancais);
        assertThat(texte).contains("Programme ETP-DIABETE-02 — non éligible — 0,00\u00a0€");
    }

    /** Issue 28: the PDF says what the page says: labels for the codes, French dates, headings named, no code of the dossier left. */
    @Test
    void thePdfNamesTheCodesByTheirLabelsAndTheDatesInFrench() throws IOException {
        String id = decider("BRETAGNE", Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json")))
                .then().statusCode(201).extract().path("id");

        byte[] pdf = Comptes.agentArs("BRETAGNE").accept(PDF).get("/api/decisions/{id}", id).then().statusCode(200).extract().asByteArray();

        String texte = texte(pdf, new java.util.ArrayList<>());
        assertThat(texte).contains("35\u202f450,00\u00a0€");
        // lines may break at a space, a hyphen or a slash: compared without blanks
        assertThat(sansBlancs(texte)).contains(Stream.of("Type de structure", "Équipe pluri-professionnelle", "Projet de santé",
                "Maison de santé : type de structure éligible",
                "transmis à l'ARS le 15/11/2013 (au plus tard le 31/12/2014)",
                "axes : Accès aux soins, Continuité des soins, Coordination",
                "Région Bretagne : les 26 régions sont ouvertes par la campagne ENMR 2014.",
                "3 × médecin généraliste").map(DecisionPdfTest::sansBlancs).toArray(String[]::new))
                .doesNotContain("MAISON_DE_SANTE", "BRETAGNE", "ACCES_AUX_SOINS", "CONTINUITE_DES_SOINS", "MEDECIN_GENERALISTE",
                        "MASSEUR_KINESITHERAPEUTE", "TYPE_STRUCTURE", "PLURIPROFESSIONNEL", "2013-11-15", "2014-12-31");
    }

    @Test
    void anArsAgentOfAnotherRegionIsRefusedThePdfAsTheJson() throws IOException {
        String id = decider("BRETAGNE", DecisionApiSuite.exemple1()).jsonPath().getString("id");

        Comptes.agentArs("LORRAINE").accept(PDF).get("/api/decisions/{id}", id)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        Comptes.ministere().accept(PDF).get("/api/decisions/{id}", id).then().statusCode(200).contentType(PDF);
    }

    @Test
    void anUnknownDecisionIs404ProblemJsonForThePdfToo() {
        Comptes.agentArs("BRETAGNE").accept(PDF).get("/api/decisions/01JD3Z8K6Q6M2W4T5Y7X9A1B2C")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Aucune décision n'est enregistrée sous l'identifiant « 01JD3Z8K6Q6M2W4T5Y7X9A1B2C »."));
    }

    @Test
    void aClientThatAcceptsAnythingStillGetsJson() throws IOException {
        String id = decider("BRETAGNE", DecisionApiSuite.exemple1()).jsonPath().getString("id");

        Comptes.agentArs("BRETAGNE").accept("*/*").get("/api/decisions/{id}", id).then().statusCode(200).contentType("application/json");
    }

    @Test
    void openApiDocumentsThePdfMediaType() {
        Comptes.agentArs("BRETAGNE").accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/decisions/{id}'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey(PDF))
                .body("paths.'/api/decisions/{id}'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey("application/json"));
    }
}
