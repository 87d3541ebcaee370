package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.AriaRole;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 25's proof in a real browser: an analyst adds a campaign (ENMR_2015) and a profession (the advanced practice nurse)
 * through the embedded KIE DMN editor's own interface (the lists of codes in « Data types », the campaign's row in
 * « Règles de la campagne », the list « Auxiliaires médicaux »), saves, submits; a second analyst approves; a dossier that
 * was refused for its codes before is then decided, with no restart.
 */
@QuarkusTest
class PageAtelierVocabulaireTest extends PageAtelier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BASE = Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json");
    private static final LocatorAssertions.ContainsTextOptions LONG = new LocatorAssertions.ContainsTextOptions().setTimeout(180_000);
    private static final String IPA = "INFIRMIER_PRATIQUE_AVANCEE";
    private static final String SOURCE_2015 = "Règlement arbitral du 23 février 2015, art. 5 : transition des sites ENMR_2014";

    @Test
    void anAnalystAddsACampaignAndAProfessionInTheEditorAndTheyAreAcceptedOncePublishedWithNoRestart() throws IOException {
        activeAvant = versionActive();
        String dossier = dossierIpa2015();
        // before: the rules in force know neither the campaign nor the profession, both named
        JsonPath refus = Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier).post("/api/decisions")
                .then().statusCode(400).extract().jsonPath();
        assertThat(refus.getList("violations.champ")).contains("campagne", "professionnels[1].profession");

        aller("/regles");
        page.getByText("Nouveau brouillon", new Page.GetByTextOptions().setExact(true)).click();
        FrameLocator editeur = page.frameLocator("#editeur-dmn iframe");
        editeurPret(editeur);
        try {
            // 1. the campaign: its code in tCampagne's list, then its row in « Règles de la campagne »
            ajouterALEnumeration(editeur, "tCampagne", "ENMR_2014", "ENMR_2015");
            capturer("atelier-vocabulaire-1-tcampagne", false);
            // 2. the profession: its code in tProfession's list
            ajouterALEnumeration(editeur, "tProfession", "AUTRE", IPA);
            capturer("atelier-vocabulaire-2-tprofession", false);

            editeur.getByRole(AriaRole.TAB, new FrameLocator.GetByRoleOptions().setName("Editor")).click();
            ajouterLigneDeCampagne(editeur);
            page.locator("#editeur-dmn").scrollIntoViewIfNeeded();
            capturer("atelier-vocabulaire-3-regles-de-la-campagne", false);

            editeur.getByText("Back to Diagram", new FrameLocator.GetByTextOptions().setExact(true)).click();
            ajouterAuxAuxiliairesMedicaux(editeur);
            page.locator("#editeur-dmn").scrollIntoViewIfNeeded();
            capturer("atelier-vocabulaire-4-auxiliaires-medicaux", false);
        } catch (RuntimeException | AssertionError e) {
            Files.createDirectories(CAPTURES);
            Files.writeString(CAPTURES.resolve("atelier-vocabulaire-echec.html"), editeur.locator("body").innerHTML());
            capturer("atelier-vocabulaire-echec", false);
            throw e;
        }

        // 3. saved with its reason: the stored model has both codes in their lists, the campaign's row and the IPA
        page.getByLabel("Motif du brouillon").fill("Campagne ENMR_2015 (règlement arbitral du 23 février 2015) et infirmier en pratique avancée");
        page.getByText("Enregistrer le brouillon", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#etat-brouillon")).containsText("enregistré", LONG);
        String brouillon = page.locator("#table-versions tr.version-ouverte").getAttribute("data-version");
        String dmn = Comptes.analyste().get("/api/regles/versions/" + brouillon + "/fichiers/enmr.dmn").then().statusCode(200).extract().asString();
        assertThat(valeursAdmises(dmn, "tCampagne")).isEqualTo("&quot;ENMR_2010&quot;, &quot;ENMR_2014&quot;, &quot;ENMR_2015&quot;");
        assertThat(valeursAdmises(dmn, "tProfession")).endsWith("&quot;AUTRE&quot;, &quot;" + IPA + "&quot;");
        assertThat(dmn).contains("&quot;ENMR_2015&quot;</text>").contains(SOURCE_2015).contains("&quot;PSYCHOMOTRICIEN&quot;, &quot;" + IPA + "&quot;]");
        Comptes.analyste().get("/api/regles/versions/" + brouillon + "/vocabulaire").then().statusCode(200)
                .body("campagnes", org.hamcrest.Matchers.equalTo(java.util.List.of("ENMR_2010", "ENMR_2014", "ENMR_2015")))
                .body("professions", org.hamcrest.Matchers.hasItem(IPA));

        // its cases still pass (none expects ENMR_2015 to be refused), then it is submitted by its author
        page.getByText("Lancer les cas", new Page.GetByTextOptions().setExact(true)).click();
        Locator bilan = page.locator("#bilan-cas");
        assertThat(bilan).hasClass(Pattern.compile("verdict-oui"), new LocatorAssertions.HasClassOptions().setTimeout(180_000));
        assertThat(bilan).not().containsText("en échec");
        page.getByText("Soumettre à la relecture", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#etat-relecture")).containsText("soumise");
        capturer("atelier-vocabulaire-5-soumise", false);

        // a second analyst opens it and approves it
        seConnecterComme("analyste-2");
        aller("/regles");
        page.locator("#table-versions tr[data-version='" + brouillon + "'] .ouvrir-version").click();
        editeurPret(page.frameLocator("#editeur-dmn iframe"));
        page.getByText("Approuver et publier", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#etat-relecture")).containsText("approuvée et publiée");
        assertThat(page.locator("#table-versions tr[data-version='" + brouillon + "']")).containsText("active");
        page.locator("#relecture").scrollIntoViewIfNeeded();
        capturer("atelier-vocabulaire-6-approuvee", false);

        // 4. the same dossier, sent again by the ARS agent with no restart: decided with the new version, the IPA counted
        JsonPath decision = Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier).post("/api/decisions")
                .then().statusCode(201).extract().jsonPath();
        assertThat(decision.getString("version")).isEqualTo(brouillon);
        assertThat(decision.getString("versionRegles")).startsWith("ENMR_2015+sha256:");
        assertThat(decision.getBoolean("eligible")).as("the IPA counts as an auxiliaire médical").isTrue();
        assertThat(decision.getList("criteres.findAll { it.code == 'PLURIPROFESSIONNEL' }.satisfait")).containsExactly(true);
        // and the agent reads it on /decisions: eligible, no criterion unmet
        seConnecterComme("ars-bretagne");
        aller("/decisions?id=" + decision.getString("id"));
        Locator resultat = page.locator("#resultat");
        assertThat(resultat.locator(".verdict")).containsText("Éligible");
        assertThat(resultat.locator(".critere-non")).hasCount(0);
        assertThat(resultat).containsText("ENMR_2015+sha256:");
        capturer("atelier-vocabulaire-7-decision-ipa-2015", false);
    }

    /** Data types tab: the type chosen in the list, « Add value » under its enumeration, the code typed in the new field. */
    private void ajouterALEnumeration(FrameLocator editeur, String type, String dernier, String code) {
        editeur.getByRole(AriaRole.TAB, new FrameLocator.GetByRoleOptions().setName("Data types")).click();
        Locator entree = editeur.locator(".kie-dmn-editor--data-types-nav-item")
                .filter(new Locator.FilterOptions().setHas(editeur.getByText(type, new FrameLocator.GetByTextOptions().setExact(true))));
        entree.click();
        assertThat(entree).hasClass(Pattern.compile("\\bactive\\b"));
        Locator valeurs = editeur.locator("input[id^='enum-element-']");
        int avant = valeurs.count();
        assertThat(valeurs.nth(avant - 1)).hasValue(dernier);
        editeur.getByTitle("Add enum value").click();
        Locator nouvelle = editeur.locator("#enum-element-" + avant);
        assertThat(nouvelle).isVisible();
        nouvelle.click();
        page.keyboard().type(code);
        assertThat(nouvelle).hasValue(code);
        assertThat(valeurs).hasCount(avant + 1);
    }

    /** « Règles de la campagne »: a row inserted below ENMR_2014's from the row's context menu, its cells typed one by one. */
    private void ajouterLigneDeCampagne(FrameLocator editeur) {
        ouvrirExpression(editeur, "#_decision_Regles_de_la_campagne");
        Locator lignes = editeur.locator("tr[data-testid^='kie-tools--bee--expression-row-']");
        Locator ligne2014 = lignes.filter(new Locator.FilterOptions().setHasText("ENMR_2014"));
        assertThat(ligne2014).hasCount(1);
        int avant = lignes.count();
        ligne2014.locator("td[data-testid='kie-tools--bee--expression-column-0']").click(new Locator.ClickOptions()
                .setButton(com.microsoft.playwright.options.MouseButton.RIGHT));
        Locator menu = editeur.locator("[data-testid='kie-tools--bee--context-menu-container']");
        assertThat(menu).isVisible();
        menu.getByText("Insert below", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(lignes).hasCount(avant + 1);
        Locator nouvelle = lignes.nth(avant);
        String[] cellules = {"\"ENMR_2015\"", "2015", "2015", "2015", "true", "false", SOURCE_2015};
        for (int i = 0; i < cellules.length; i++) {
            saisir(editeur, nouvelle.locator("td[data-testid='kie-tools--bee--expression-column-" + (i + 1) + "']"), cellules[i]);
        }
    }

    /** « Auxiliaires médicaux »: the literal list, the caret put before its closing bracket, the code typed there. */
    private void ajouterAuxAuxiliairesMedicaux(FrameLocator editeur) {
        ouvrirExpression(editeur, "#_decision_Auxiliaires_medicaux");
        Locator cellule = editeur.locator(".literal-expression-body-container td[data-testid='kie-tools--bee--expression-column-1']");
        Locator valeur = cellule.locator(".editable-cell-raw-value");
        assertThat(valeur).hasText(Pattern.compile("\"PSYCHOMOTRICIEN\"\\]$"));
        cellule.dblclick();
        Locator saisie = cellule.locator(".monaco-editor");
        assertThat(saisie).hasClass(Pattern.compile("\\bfocused\\b"));
        page.keyboard().press("Control+End");
        page.keyboard().press("ArrowLeft");
        page.keyboard().type(", \"" + IPA + "\"");
        assertThat(saisie.locator(".view-lines")).containsText(IPA + "\"]");
        valider(editeur);
        assertThat(valeur).hasText(Pattern.compile("\"PSYCHOMOTRICIEN\", \"" + IPA + "\"\\]$"));
    }

    private void ouvrirExpression(FrameLocator editeur, String noeud) {
        // the diagram shows only the nodes in view: fit the whole graph, then select the node and open its expression
        editeur.getByTitle("fit view").click();
        Locator decision = editeur.locator(".react-flow__node[data-id='" + noeud + "']");
        degager(editeur, decision);
        decision.click();
        decision.locator(".kie-dmn-editor--edit-expression-node-panel").click();
    }

    /**
     * Fitted to the view, the graph's left column lies under the palette (a panel over the diagram that takes the clicks): the
     * diagram is moved right as a user does it, with the mouse wheel (the editor pans on scroll), until the node is clear of it.
     */
    private void degager(FrameLocator editeur, Locator noeud) {
        noeud.scrollIntoViewIfNeeded();
        for (int i = 0; i < 5 && noeud.boundingBox().x < bordDesPanneaux(editeur, noeud); i++) {
            BoundingBox n = noeud.boundingBox();
            double bord = bordDesPanneaux(editeur, noeud);
            page.mouse().move(bord + 250, n.y + n.height / 2);
            page.mouse().wheel(-2 * (bord + 40 - n.x), 0);
            page.waitForTimeout(500);
        }
        assertThat(noeud.boundingBox().x).as("the node clear of the palette").isGreaterThanOrEqualTo(bordDesPanneaux(editeur, noeud));
    }

    /** The right edge (plus a margin) of the panels over the diagram's left side at the node's height (the palette). */
    private static double bordDesPanneaux(FrameLocator editeur, Locator noeud) {
        BoundingBox n = noeud.boundingBox();
        double bord = 0;
        for (Locator panneau : editeur.locator(".react-flow__panel.left").all()) {
            BoundingBox p = panneau.boundingBox();
            if (p != null && p.y < n.y + n.height && p.y + p.height > n.y) {
                bord = Math.max(bord, p.x + p.width + 60);
            }
        }
        return bord;
    }

    /**
     * Types a cell's text as a user does: a double click opens its editor with the caret after the value; once it has the
     * focus, select all and type over it, then Enter (which first accepts the FEEL completion offered, if one is open).
     */
    private void saisir(FrameLocator editeur, Locator cellule, String texte) {
        cellule.dblclick();
        Locator saisie = cellule.locator(".monaco-editor");
        assertThat(saisie).hasClass(Pattern.compile("\\bfocused\\b"));
        page.keyboard().press("Control+A");
        page.keyboard().type(texte);
        assertThat(saisie.locator(".view-lines")).hasText(texte);
        valider(editeur);
        assertThat(cellule.locator(".editable-cell-raw-value")).hasText(texte);
    }

    private void valider(FrameLocator editeur) {
        page.waitForTimeout(300);
        Locator suggestions = editeur.locator(".suggest-widget.visible");
        for (int i = 0; i < 3 && suggestions.count() > 0; i++) {
            page.keyboard().press("Enter");
            page.waitForTimeout(200);
        }
        page.keyboard().press("Enter");
    }

    /** msp-bretagne-2014, made a 2015 dossier whose only auxiliaire médical is an advanced practice nurse. */
    private static String dossierIpa2015() throws IOException {
        ObjectNode dossier = (ObjectNode) JSON.readTree(BASE.toFile());
        dossier.put("reference", "ATELIER-IPA-" + System.nanoTime()).put("campagne", "ENMR_2015").put("annee", 2015);
        ArrayNode equipe = dossier.putArray("professionnels");
        equipe.addObject().put("profession", "MEDECIN_GENERALISTE").put("nombre", 2).put("demiJourneesHebdo", 10).put("adherent", true);
        equipe.addObject().put("profession", IPA).put("nombre", 1).put("demiJourneesHebdo", 10).put("adherent", true);
        return JSON.writeValueAsString(dossier);
    }

    private static String valeursAdmises(String dmn, String type) {
        Matcher m = Pattern.compile("name=\"" + type + "\".*?<allowedValues[^>]*>\\s*<text>(.*?)</text>", Pattern.DOTALL).matcher(dmn);
        assertThat(m.find()).as(type).isTrue();
        return m.group(1);
    }

}
