package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The workshop's frictions of issue 28, each at 1280×800 and at 390×844: unsaved edits asked about before they are lost;
 * the tables of the version in force; a rollback reachable at once; the journal and the bench in words; the differences
 * listing only the cases that change.
 */
@QuarkusTest
class PageAtelierFrictionsTest extends PageAtelier {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What « at once » means for a button that must not wait for the DMN editor (which takes 14 s and more to load). */
    private static final LocatorAssertions.IsVisibleOptions AUSSITOT = new LocatorAssertions.IsVisibleOptions().setTimeout(5_000);

    @Override
    double delaiDesAssertions() {
        return 60_000;
    }

    private void ecran(int[] taille) {
        seConnecterComme("analyste");
        page.setViewportSize(taille[0], taille[1]);
    }

    private void capturerIci(String nom, int[] taille) {
        page.screenshot(new Page.ScreenshotOptions().setPath(CAPTURES.resolve(nom + "-" + taille[0] + "x" + taille[1] + ".png")));
    }

    @Test
    void anUnsavedEditInTheDmnEditorIsNotLostWithoutAWordOnCloseOrWhenLeaving() {
        for (int[] taille : ECRANS) {
            ecran(taille);
            List<Dialog> dialogues = new CopyOnWriteArrayList<>();
            page.onDialog(d -> {
                dialogues.add(d);
                d.dismiss();
            });
            // the edit made at the large size: at 390 px the editor's fitted diagram draws its nodes too small to click
            page.setViewportSize(ECRANS[0][0], ECRANS[0][1]);
            aller("/regles");
            page.getByText("Nouveau brouillon", new Page.GetByTextOptions().setExact(true)).click();
            changerPartADeuxiemeClasse(page.frameLocator("#editeur-dmn iframe"), "31000");
            page.setViewportSize(taille[0], taille[1]);

            page.locator("#fermer-atelier").click();
            assertThat(dialogues).as("a confirmation before « Fermer » drops the edit").isNotEmpty();
            assertThat(dialogues.get(0).type()).isEqualTo("confirm");
            assertThat(dialogues.get(0).message()).contains("ne sont pas enregistrées");
            assertThat(page.locator("#atelier-contenu")).isVisible(); // dismissed: the draft stays open, its edit with it
            page.locator("#fermer-atelier").scrollIntoViewIfNeeded();
            capturerIci("atelier-fermer-sans-enregistrer", taille);

            dialogues.clear();
            page.close(new Page.CloseOptions().setRunBeforeUnload(true));
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("body")).isVisible();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !dialogues.isEmpty());
            assertThat(dialogues.get(0).type()).as("leaving the page asks first").isEqualTo("beforeunload");
        }
    }

    @Test
    void theRulesShownAreTheActiveVersionsAndAReplacedVersionIsReactivatedFromTheListAtOnce() throws IOException {
        for (int[] taille : ECRANS) {
            String ancienne = active();
            String marque = "Tables de l'essai " + System.nanoTime();
            String nouvelle = publierAvecDescription(ancienne, marque);
            try {
                ecran(taille);
                aller("/regles");
                // below the workshop, the tables are those of the version in force, not the files packaged with the service
                assertThat(page.locator("#decision-part-a .description")).containsText(marque);
                assertThat(page.locator("#tables-presentees")).containsText("version active");
                page.locator("#decision-part-a").scrollIntoViewIfNeeded();
                capturerIci("atelier-tables-version-active", taille);

                // the previous version is reactivated from the list itself: no editor to wait for
                page.evaluate("() => window.scrollTo(0, 0)");
                Locator ligne = page.locator("#table-versions tr[data-version='" + ancienne + "']");
                Locator reactiver = ligne.locator(".reactiver-version");
                assertThat(reactiver).isVisible(AUSSITOT);
                reactiver.click();
                assertThat(page.locator("#reactivation-rapide")).isVisible(AUSSITOT);
                page.locator("#reactivation-rapide-motif").fill("Retour arrière d'urgence (test de l'atelier)");
                capturerIci("atelier-reactivation-rapide", taille);
                page.locator("#reactivation-rapide-confirmer").click();
                assertThat(ligne).containsText("active");
                assertThat(page.locator("#versions-etat")).containsText("réactivée");
                assertThat(page.locator("#editeur-dmn iframe")).hasCount(0);
                assertThat(active()).isEqualTo(ancienne);
            } finally {
                if (!ancienne.equals(active())) {
                    reactiver(ancienne);
                }
            }
            assertThat(nouvelle).isNotEqualTo(ancienne);
        }
    }

    @Test
    void theJournalSaysWhatHappenedInWordsAndNamesVersionsByTheirNumber() {
        for (int[] taille : ECRANS) {
            ecran(taille);
            aller("/regles");
            Locator lignes = page.locator("#table-journal tbody tr");
            assertThat(lignes.first()).isVisible();
            for (int i = 0; i < Math.min(lignes.count(), 30); i++) {
                String action = lignes.nth(i).locator("td").nth(2).textContent();
                assertThat(action).as("the action in words").doesNotMatch(".*\\b[A-Za-z]+_?[A-Z]{3,}.*").isNotBlank()
                        .doesNotContainIgnoringCase("deployee").doesNotContainIgnoringCase("importee");
                assertThat(lignes.nth(i).locator("td").nth(3)).hasText(Pattern.compile("^(v\\d+|—)$"));
            }
            page.locator("#journal").scrollIntoViewIfNeeded();
            capturerIci("atelier-journal", taille);
        }
    }

    @Test
    void theTestBenchShowsTheYearAsAYearAndCriteriaAsAList() {
        for (int[] taille : ECRANS) {
            ecran(taille);
            aller("/regles");
            String active = active();
            page.locator("#table-versions tr[data-version='" + active + "'] .ouvrir-version").click();
            page.locator("#banc-base").selectOption("bases/msp-bretagne-2014.json");
            assertThat(page.locator("#banc-dossier")).hasValue(Pattern.compile("BRE-2014-0001"));
            page.getByText("Évaluer avec les deux versions", new Page.GetByTextOptions().setExact(true)).click();
            Locator annee = page.locator("#banc-intermediaires tr[data-decision='Année évaluée'] td").first();
            assertThat(annee).hasText("2014");
            Locator criteres = page.locator("#banc-intermediaires tr[data-decision='Critères du site'] td").first();
            assertThat(criteres.locator("li").first()).isVisible();
            assertThat(criteres).not().containsText("{");
            assertThat(criteres).containsText("satisfait");
            criteres.scrollIntoViewIfNeeded();
            capturerIci("atelier-banc-annee-criteres", taille);
        }
    }

    @Test
    void theDifferencesListOnlyTheCasesThatChangeAndCountTheOnesRewritten() throws IOException {
        String active = active();
        String texte = Comptes.analyste().get("/api/regles/versions/" + active + "/fichiers/exemples-travailles.json").then().statusCode(200)
                .extract().asString();
        // the file as the workshop writes it back (30000.00 → 30000), and one case whose expected total changes
        ArrayNode cas = (ArrayNode) JSON.readTree(texte.replaceAll("(\\d)\\.00(?=[,}\\s\\]])", "$1"));
        ObjectNode change = (ObjectNode) cas.get(0);
        ObjectNode attendu = (ObjectNode) change.get("attendu");
        attendu.put("total", attendu.path("total").asDouble() + 1);
        String brouillon = Comptes.analyste().contentType("application/json").body(Map.of("base", active, "motif",
                "Un cas attendu autrement, les autres réécrits", "fichiers", Map.of("exemples-travailles.json", cas.toPrettyString())))
                .post("/api/regles/versions").then().statusCode(201).extract().jsonPath().getString("id");
        for (int[] taille : ECRANS) {
            ecran(taille);
            aller("/regles");
            page.locator("#differences-apres option[value='" + brouillon + "']").waitFor(
                    new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            page.locator("#differences-avant").selectOption(active);
            page.locator("#differences-apres").selectOption(brouillon);
            page.locator("#differences-comparer").click();
            Locator liste = page.locator("#differences-resultat ul").last();
            assertThat(liste.locator("li")).hasCount(1);
            assertThat(liste).containsText(change.path("nom").asText());
            assertThat(page.locator("#differences-resultat .cas-reecrits")).containsText("réécrit");
            page.locator("#differences-resultat").scrollIntoViewIfNeeded();
            capturerIci("atelier-differences-cas", taille);
        }
    }

    @Test
    void theEditorsLanguageIsExplainedInFrench() {
        for (int[] taille : ECRANS) {
            ecran(taille);
            aller("/regles");
            page.getByText("Nouveau brouillon", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator("#note-editeur-anglais")).containsText("en anglais");
        }
    }

    // --- helpers ---

    private static String active() {
        return Comptes.analyste().get("/api/regles/versions?taille=100").then().statusCode(200).extract()
                .jsonPath().getString("versions.find { it.active }.id");
    }

    private static void reactiver(String id) {
        Comptes.analyste().contentType("application/json").body(Map.of("motif", "remise en état après le test de l'atelier"))
                .post("/api/regles/versions/" + id + "/reactivation").then().statusCode(200);
    }

    /** A version of {@code base} whose Part A description starts with {@code marque}, submitted and approved by a second analyst. */
    private static String publierAvecDescription(String base, String marque) {
        String dmn = Comptes.analyste().get("/api/regles/versions/" + base + "/fichiers/enmr.dmn").then().statusCode(200).extract().asString();
        String modifie = dmn.replace("<description>Part A (patientèle, variable)", "<description>" + marque + " — Part A (patientèle, variable)");
        assertThat(modifie).isNotEqualTo(dmn);
        String id = Comptes.analyste().contentType("application/json").body(Map.of("base", base, "motif", marque, "fichiers",
                Map.of("enmr.dmn", modifie))).post("/api/regles/versions").then().statusCode(201).extract().jsonPath().getString("id");
        Comptes.analyste().post("/api/regles/versions/" + id + "/soumission").then().statusCode(200);
        Comptes.analyste2().post("/api/regles/versions/" + id + "/approbation").then().statusCode(200);
        return id;
    }

}
