package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;

import fr.enmr.regles.DeuxAnalystesSuite;
import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two analysts at once in the workshop: a submitted version whose base another publication replaced is refused at
 * approval, the page says why (its base, the active version) and carries it onto the active version, opening the new
 * draft. The versions are made through the API; the browser only reviews.
 */
@QuarkusTest
class PageDeuxAnalystesTest extends Navigateur {

    /** Opening a version loads the KIE DMN editor on the page's main thread: slow on the shared machine. */
    private static final double EDITEUR_MS = 300_000;
    private static final LocatorAssertions.ContainsTextOptions LONG = new LocatorAssertions.ContainsTextOptions().setTimeout(EDITEUR_MS);

    private String activeAvant;

    @Override
    String utilisateur() {
        return "analyste-2";
    }

    @Override
    double delai() {
        return EDITEUR_MS;
    }

    @AfterEach
    void remettreLaVersionActive() {
        if (activeAvant != null && !activeAvant.equals(active())) {
            Comptes.analyste().contentType("application/json").body(Map.of("motif", "remise en état après le test des deux analystes"))
                    .post("/api/regles/versions/" + activeAvant + "/reactivation").then().statusCode(200);
        }
    }

    private static String active() {
        return Comptes.analyste().get("/api/regles/versions?taille=100").then().statusCode(200).extract().jsonPath()
                .getString("versions.find { it.active }.id");
    }

    /** A submitted version of base whose DMN is changed so (an annotation: it decides as its base). */
    private static String soumise(io.restassured.specification.RequestSpecification qui, String base, UnaryOperator<String> changement) {
        String dmn = changement.apply(Comptes.analyste().get("/api/regles/versions/" + base + "/fichiers/enmr.dmn").then().statusCode(200)
                .extract().asString());
        String id = qui.contentType("application/json").body(Map.of("base", base, "motif", "Annotation relue", "fichiers", Map.of("enmr.dmn", dmn)))
                .post("/api/regles/versions").then().statusCode(201).extract().jsonPath().getString("id");
        qui.post("/api/regles/versions/" + id + "/soumission").then().statusCode(200);
        return id;
    }

    @Test
    void aStaleBaseIsShownAtApprovalAndTheVersionIsCarriedOntoTheActiveOne() {
        activeAvant = active();
        String marqueA = "Classe 2 relue par A " + System.nanoTime();
        String marqueB = "Campagne 2014 relue par B " + System.nanoTime();
        String deA = soumise(Comptes.analyste(), activeAvant, dmn -> DeuxAnalystesSuite.annoter(dmn, "_expr_094", marqueA));
        String deB = soumise(Comptes.analyste(), activeAvant, dmn -> DeuxAnalystesSuite.annoter(dmn, "_expr_016", marqueB));
        Comptes.analyste2().post("/api/regles/versions/" + deB + "/approbation").then().statusCode(200);
        attendreErreurConsole(e -> e.contains("409"));

        aller("/regles");
        page.locator("#table-versions tr[data-version='" + deA + "'] .ouvrir-version").click();
        assertThat(page.locator("#approuver")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(EDITEUR_MS));
        page.locator("#approuver").click();

        Locator report = page.locator("#report-version");
        assertThat(page.locator("#etat-relecture")).containsText("n'est plus la version active", LONG);
        assertThat(report.locator("[data-base]")).hasText(activeAvant);
        assertThat(report.locator("[data-active]")).hasText(deB);
        assertThat(page.locator("#table-versions tr[data-version='" + deA + "']")).containsText("Soumise");
        assertThat(page.locator("#table-journal tbody tr").first()).containsText("approbation refusée");
        report.scrollIntoViewIfNeeded();
        capturer("atelier-base-perimee", false);

        report.getByText("Reporter sur la version active").click();
        Locator ouverte = page.locator("#table-versions tr.version-ouverte");
        assertThat(ouverte).containsText("Brouillon", LONG);
        String nouveau = ouverte.getAttribute("data-version");
        assertThat(nouveau).isNotIn(deA, deB);
        assertThat(page.locator("#table-journal tbody tr[data-action='REBASEE']").first()).containsText("reportée sur la version active");
        String dmn = Comptes.analyste().get("/api/regles/versions/" + nouveau + "/fichiers/enmr.dmn").then().statusCode(200).extract().asString();
        assertThat(dmn).contains(marqueA, marqueB);
        Comptes.analyste().get("/api/regles/versions/" + nouveau).then().statusCode(200)
                .body("base", org.hamcrest.Matchers.equalTo(deB)).body("auteur", org.hamcrest.Matchers.equalTo("analyste-2"));
        capturer("atelier-report", false);
    }
}
