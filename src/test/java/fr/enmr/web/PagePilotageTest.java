package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/** /pilotage in a real browser, as the ministry (every region, the workbook) and as an ARS agent (its region only). */
@QuarkusTest
class PagePilotageTest extends Navigateur {

    /** Amounts read exactly: JsonPath's default reads decimals as floats, which lose the cents past about a million euros. */
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @BeforeEach
    void uneDecisionEnBretagne() throws Exception {
        String dossier = DecisionApiSuite.exemple1().replace("BRE-2014-0001", "PAGE-PIL-" + System.nanoTime());
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier).post("/api/decisions").then().statusCode(201);
        // and a team that is not a maison, pôle or centre de santé: a failed criterion to click on
        String cabinet = DecisionApiSuite.exemple1().replace("BRE-2014-0001", "PAGE-PIL-CAB-" + System.nanoTime())
                .replace("\"MAISON_DE_SANTE\"", "\"CABINET_DE_GROUPE\"");
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(cabinet).post("/api/decisions").then().statusCode(201);
        // and a team that met 3 of its 4 objectives: part of its conditional share is not paid (33 677,50 € of 35 450,00 €)
        String objectifs = DecisionApiSuite.exemple1().replace("BRE-2014-0001", "PAGE-PIL-OBJ-" + System.nanoTime())
                .replace("\"premiereAnnee\": true", "\"premiereAnnee\": false").replace("\"indicateurs\": []", """
                        "indicateurs": [{"code": "A", "cible": 0.75, "realise": 0.78}, {"code": "B", "cible": 0.70, "realise": 0.70},
                          {"code": "C", "cible": 0.80, "realise": 0.81}, {"code": "D", "cible": 0.10, "realise": 0.12, "sens": "BAISSE"}]""");
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(objectifs).post("/api/decisions").then().statusCode(201)
                .body("module1.montant", org.hamcrest.Matchers.equalTo(33677.50f));
    }

    @Test
    void module1IsShownAsPartAPlusPartBLessTheConditionalShareNotPaidAndSoInEachRegionsRow() {
        aller("/pilotage");
        JsonPath api = Comptes.agentArs("BRETAGNE").get("/api/pilotage").jsonPath().using(EXACT);
        String partA = euros(api.getString("module1.partA"));
        String partB = euros(api.getString("module1.partB"));
        String nonVersee = euros(api.getString("module1.partConditionnelleNonVersee"));
        String montant = euros(api.getString("module1.montant"));

        assertThat(new java.math.BigDecimal(api.getString("module1.partConditionnelleNonVersee"))).isPositive();
        var module1 = page.locator("#chiffres-cles .chiffre", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Module 1"));
        assertThat(texte(module1.locator("dd").textContent())).isEqualTo(montant + " = part A " + partA + " + part B " + partB
                + " − " + nonVersee + " de part conditionnelle non versée (objectifs non atteints)");
        assertThat(page.locator("#table-regions thead th")).hasText(new String[] {"Région", "Sites", "Éligibles", "Part A", "Part B",
            "Part conditionnelle non versée", "Module 1", "Module 2", "Total des forfaits", "Critère le plus fréquent", "Constats"});
        var bretagne = page.locator("#table-regions tbody tr").first().locator("td");
        assertThat(texte(bretagne.nth(2).textContent())).isEqualTo(partA);
        assertThat(texte(bretagne.nth(3).textContent())).isEqualTo(partB);
        assertThat(texte(bretagne.nth(4).textContent())).isEqualTo(nonVersee);
        assertThat(texte(bretagne.nth(5).textContent())).isEqualTo(montant);
        capturer("pilotage-module1");
    }

    /** An amount as the page writes it: « 1 234 567,89 € ». */
    private static String euros(String montant) {
        return texte(String.format(java.util.Locale.FRANCE, "%,.2f €", new java.math.BigDecimal(montant)));
    }

    @Test
    void theMinistrySeesEveryRegionAndDownloadsTheWorkbook() throws Exception {
        seConnecterComme("ministere");
        aller("/pilotage");

        assertThat(page.locator("h1")).hasText("Pilotage de l'expérimentation");
        assertThat(page.locator("#table-regions tbody tr")).hasCount(26);
        assertThat(page.locator("#chiffres-cles .chiffre").first()).containsText("Sites");
        JsonPath api = Comptes.ministere().get("/api/pilotage").jsonPath();
        assertThat(texte(page.locator("#chiffres-cles .chiffre").first().locator("dd").textContent()))
                .isEqualTo(String.format(java.util.Locale.FRANCE, "%,d", api.getLong("sites")).replace('\u202f', ' ').replace('\u00a0', ' '));
        capturer("pilotage-ministere");

        Download classeur = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        assertThat(classeur.suggestedFilename()).isEqualTo("pilotage-tableaux-ENMR_2014-2014.xlsx");
        try (InputStream in = Files.newInputStream(classeur.path()); XSSFWorkbook xlsx = new XSSFWorkbook(in)) {
            Sheet regions = xlsx.getSheet("Par région");
            assertThat(regions.getLastRowNum()).isEqualTo(26);
            long sites = 0;
            for (Row ligne : regions) {
                if (ligne.getRowNum() > 0) {
                    assertThat(ligne.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                    sites += (long) ligne.getCell(2).getNumericCellValue();
                }
            }
            assertThat(sites).isEqualTo(api.getLong("sites"));
            assertThat(regions.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Région");
        }

        Download csv = page.waitForDownload(() -> page.locator("a[data-table='criteres']").click());
        assertThat(Files.readString(csv.path())).startsWith("\uFEFFCode;Critère;Sites");

        page.locator("#table-regions a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Bretagne")).click();
        assertThat(page).hasURL(Pattern.compile(".*/decisions\\?campagne=ENMR_2014&annee=2014&region=BRETAGNE$"));
        assertThat(page.locator("#recherche-region")).hasValue("BRETAGNE");
        assertThat(page.locator("#liste-decisions tbody tr").first()).isVisible();
    }

    @Test
    void aFailedCriterionOpensTheDecisionsBehindItsCount() {
        seConnecterComme("ministere");
        aller("/pilotage");
        long compte = Comptes.ministere().get("/api/pilotage").jsonPath().getLong("criteresNonSatisfaits.TYPE_STRUCTURE");

        page.locator("#table-criteres a[href*='critere=TYPE_STRUCTURE']").click();

        assertThat(page).hasURL(Pattern.compile(".*/decisions\\?campagne=ENMR_2014&annee=2014&critere=TYPE_STRUCTURE$"));
        assertThat(page.locator("#filtre-pilotage")).containsText("la dernière de chaque référence");
        assertThat(page.locator("#filtre-pilotage")).containsText("année 2014");
        assertThat(page.locator("#liste-etat")).hasText(compte + (compte > 1 ? " décisions trouvées." : " décision trouvée."));
        capturer("pilotage-critere-decisions");

        page.locator("#filtre-pilotage button").click();
        assertThat(page.locator("#filtre-pilotage")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*/decisions$"));
        // the campaign chosen stays; every decision of it is listed again
        assertThat(page.locator("#recherche-campagne")).hasValue("ENMR_2014");
        long toutes = Comptes.ministere().queryParam("campagne", "ENMR_2014").get("/api/decisions").jsonPath().getLong("total");
        assertThat(page.locator("#liste-etat")).hasText(toutes + " décisions trouvées.");
    }

    @Test
    void anArsAgentSeesItsOwnRegionOnly() {
        aller("/pilotage");

        assertThat(page.locator("#table-regions tbody tr")).hasCount(1);
        assertThat(page.locator("#table-regions tbody th")).hasText("Bretagne");
        assertThat(page.locator("#pilotage-region option")).hasCount(1);
        assertThat(page.locator("#pilotage-etat")).containsText("Bretagne");
        capturer("pilotage-ars");
    }
}
