package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import fr.enmr.securite.Comptes;

/**
 * What every browser test of the analysts' workshop shares: signed in as an analyst, waiting as long as the KIE DMN
 * editor may (it runs in a same-origin iframe on the page's main thread: while it loads or redraws, seconds or tens of
 * seconds on a busy shared machine, the whole page answers nothing), and the version in force put back after a test
 * that published another one, so that other tests decide with the packaged rules.
 */
abstract class PageAtelier extends Navigateur {

    /** The editor's bundle is large and the machine shared: its first opening may take a while. */
    static final double EDITEUR_MS = 300_000;
    static final LocatorAssertions.IsVisibleOptions EDITEUR = new LocatorAssertions.IsVisibleOptions().setTimeout(EDITEUR_MS);

    /** The version active before the test published another one (set by the test), put back after it. */
    String activeAvant;

    @Override
    String utilisateur() {
        return "analyste";
    }

    @Override
    double delai() {
        return EDITEUR_MS;
    }

    /** How long an assertion waits in these tests (the page may be busy with the editor). */
    double delaiDesAssertions() {
        return 30_000;
    }

    @BeforeEach
    void attendreLEditeur() {
        PlaywrightAssertions.setDefaultAssertionTimeout(delaiDesAssertions());
    }

    @AfterEach
    void remettreLeDelaiDesAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @AfterEach
    void remettreLaVersionActive() {
        if (activeAvant == null) {
            return;
        }
        if (!activeAvant.equals(versionActive())) {
            Comptes.analyste().contentType("application/json").body(Map.of("motif", "remise en état après un test de l'atelier"))
                    .post("/api/regles/versions/" + activeAvant + "/reactivation").then().statusCode(200);
        }
        org.assertj.core.api.Assertions.assertThat(versionActive()).isEqualTo(activeAvant);
    }

    /** Opens Part A's decision table in the editor and types the second class's amount in its cell, as a user would. */
    void changerPartADeuxiemeClasse(FrameLocator editeur, String montant) {
        editeurPret(editeur);
        // the diagram shows only the nodes in view: fit the whole graph, then select Part A and open its expression
        editeur.getByTitle("fit view").click();
        Locator partA = editeur.locator(".react-flow__node[data-id='#_decision_Part_A']");
        partA.click();
        partA.locator(".kie-dmn-editor--edit-expression-node-panel").click();
        Locator cellule = editeur.locator("tr[data-testid='kie-tools--bee--expression-row-1'] td[data-testid='kie-tools--bee--expression-column-2']");
        // a cell holds its value twice: as shown (FEEL highlighted) and raw, in a span of no size; its text is both, read the raw one
        Locator valeur = cellule.locator(".editable-cell-raw-value");
        assertThat(valeur).hasText("30000");
        // double-clicking opens the cell's FEEL editor (Monaco) with the caret after the value: once it has the focus, select the
        // value and type over it, as a user does (keys sent before it has the focus would be lost or land elsewhere)
        cellule.dblclick();
        Locator saisie = cellule.locator(".monaco-editor");
        assertThat(saisie).hasClass(java.util.regex.Pattern.compile("\\bfocused\\b"));
        page.keyboard().press("Control+A");
        page.keyboard().type(montant);
        assertThat(saisie.locator(".view-lines")).hasText(montant);
        page.keyboard().press("Enter");
        assertThat(valeur).hasText(montant);
        assertThat(cellule.locator(".editable-cell-value")).hasText(montant);
    }

    void editeurPret(FrameLocator editeur) {
        List<String> abandon = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Consumer<com.microsoft.playwright.ConsoleMessage> ecoute = m -> {
            if (m.text().contains("Init polling timed out")) {
                abandon.add(m.text());
            }
        };
        page.onConsoleMessage(ecoute);
        try {
            assertThat(editeur.locator(".react-flow__node").first()).isVisible(EDITEUR);
        } catch (AssertionError e) {
            throw new AssertionError("the DMN editor drew no diagram" + (abandon.isEmpty() ? ""
                    : " (its envelope did not answer KIE's init requests within 60 s: " + abandon + ")"), e);
        } finally {
            page.offConsoleMessage(ecoute);
        }
    }

    static String versionActive() {
        return Comptes.analyste().get("/api/regles/versions?taille=100").then().statusCode(200).extract()
                .jsonPath().getString("versions.find { it.active }.id");
    }
}
