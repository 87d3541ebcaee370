package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import fr.enmr.impact.DecisionsAnciennes;
import fr.enmr.securite.Comptes;
import fr.enmr.store.DecisionStore;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** An analyst on /regles, in a real browser: the models as written, and what produced a stored decision. */
@QuarkusTest
class PageReglesTest extends Navigateur {

    @Inject
    DecisionStore store;

    @Override
    String utilisateur() {
        return "analyste";
    }

    @Test
    void thePartATableIsShownWithItsAnnotationColumn() {
        aller("/regles");

        Locator partA = page.locator("#decision-part-a");
        assertThat(partA.locator("h4")).hasText("Part A");
        assertThat(partA.locator(".description")).containsText("quatre classes de forfait");
        Locator table = partA.locator("table.table-dmn");
        assertThat(table.locator("thead th")).hasText(new String[] {"Règle", "Patientèle retenue", "Part A", "Source"});
        assertThat(table.locator("tbody tr")).hasCount(4);
        assertThat(table.locator("tbody tr").nth(1)).containsText("[2000..4000)");
        assertThat(table.locator("tbody tr").nth(1).locator("td.annotation")).hasText("De 2 000 à 3 999 patients : 30 000 € (calibré).");
        assertThat(page.locator("#decision-patientele-retenue pre.feel")).containsText("patientele.adultesMedecinTraitant");
        capturer("analystes-regles", false);
    }

    @Test
    void theModelsEndpointTheOpenApiPageAndTheRuleUnitAreThere() {
        aller("/regles");

        assertThat(page.locator("#modele-enmr")).containsText("dmn/enmr.dmn");
        assertThat(page.locator("#modele-enmr a[href='/enmr']")).isVisible();
        assertThat(page.locator("a[href='/q/swagger-ui']").first()).isVisible();
        Locator unite = page.locator("#unite-ConstatsUnit");
        assertThat(unite).containsText("rules/constats.drl");
        assertThat(unite.locator("#regle-patientele-elevee")).containsText("2500 patients par ETP");
        unite.locator("#regle-patientele-elevee summary").click();
        assertThat(unite.locator("#regle-patientele-elevee pre")).containsText("rule \"PATIENTELE_ELEVEE\"");
    }

    @Test
    void aStoredDecisionIsTracedToItsCriteriaAndPartARow() throws IOException {
        String id = Comptes.agentArs("BRETAGNE").contentType("application/json").body(Files.readString(PageDecisionsTest.EXEMPLE))
                .post("/api/decisions").then().statusCode(201).extract().path("id");
        aller("/regles");
        page.getByLabel("Identifiant de la décision").fill(id);
        page.getByText("Expliquer", new Page.GetByTextOptions().setExact(true)).click();

        Locator trace = page.locator("#trace");
        assertThat(trace).containsText("Décision prise avec les règles présentées sur cette page.");
        assertThat(trace.locator("tbody tr").first()).containsText("TYPE_STRUCTURE");
        assertThat(trace.locator("a[href='#decision-critere-pluriprofessionnel']")).isVisible();
        Locator partA = trace.locator("#trace-decision-part-a");
        assertThat(partA).hasText("Part A : règle 2 retenue");
        assertThat(trace).containsText("Patientèle retenue = 3350 → 30000");
        assertThat(trace.locator("tr.retenue")).hasCount(2);
        assertThat(trace.locator("tr.retenue").last()).containsText("[2000..4000)");
        page.locator("#trace").scrollIntoViewIfNeeded();
        capturer("analystes-trace", false);
    }

    @Test
    void whatTheRulesLoadedNowChangeOnStoredDecisionsIsListed() throws IOException {
        String reference = "PAGE-EFFET-" + System.nanoTime();
        DecisionsAnciennes.enregistrer(store, reference);
        aller("/regles");
        page.locator("#effet-campagne").selectOption("ENMR_2014");
        page.locator("#effet-region").selectOption("BRETAGNE");
        page.getByText("Mesurer l'effet", new Page.GetByTextOptions().setExact(true)).click();

        Locator effet = page.locator("#effet");
        assertThat(effet.locator(".bilan")).containsText("décision(s) réexaminée(s)");
        assertThat(effet.locator(".bilan")).containsText("écart sur le total des forfaits : +");
        assertThat(page.locator("#effet-campagne")).hasValue("ENMR_2014");
        Locator ligne = effet.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(ligne).hasCount(1);
        assertThat(ligne.locator("td").nth(1)).hasText("Bretagne");
        assertThat(ligne).containsText("PROJET_DE_SANTE : non satisfait → satisfait");
        assertThat(ligne).containsText("constat retiré : PATIENTELE_ELEVEE");
        assertThat(ligne.locator("td").nth(3)).containsText(Formats.euros(new BigDecimal("25450.00")));
        assertThat(ligne.locator("td").nth(4)).containsText(Formats.euros(new BigDecimal("35450.00")));
        ligne.locator("a").click();
        assertThat(page.locator("#trace h3")).hasText("Décision " + reference);
        assertThat(page.locator("#trace")).containsText("Décision prise avec une autre version des règles");
        page.goBack();
        page.locator("#effet").scrollIntoViewIfNeeded();
        capturer("analystes-effet", false);
    }

    @Test
    void anUnknownDecisionIsSaidSo() {
        aller("/regles?decision=01JD3Z8K6Q6M2W4T5Y7X9A1B2C");

        assertThat(page.locator("#trace .alerte")).hasText("Aucune décision n'est enregistrée sous l'identifiant « 01JD3Z8K6Q6M2W4T5Y7X9A1B2C ».");
    }
}
