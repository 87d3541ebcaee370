package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The analysts' workshop on /regles, in a real browser: a rule changed through the embedded KIE DMN editor's own interface,
 * saved as a draft, checked by its cases, measured on stored dossiers, submitted, approved by a second analyst and
 * published; and KIE's refusal of a draft shown at its line.
 */
@QuarkusTest
class PageAtelierReglesTest extends PageAtelier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ECHANTILLONS = Path.of("config/echantillons/bretagne-premiere-vague.json");
    private static final LocatorAssertions.ContainsTextOptions LONG = new LocatorAssertions.ContainsTextOptions().setTimeout(180_000);
    /** Updating expectations saves case files (each save validated by KIE) and runs the 311 cases again. */
    private static final LocatorAssertions.IsEmptyOptions CAS = new LocatorAssertions.IsEmptyOptions().setTimeout(300_000);

    @Test
    void anAnalystChangesPartAInTheEditorChecksMeasuresSubmitsAndASecondAnalystPublishes() throws IOException {
        activeAvant = versionActive();
        String dossierExemple = Files.readString(PageDecisionsTest.EXEMPLE);
        JsonPath avant = Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossierExemple).post("/api/decisions")
                .then().statusCode(201).extract().jsonPath();
        assertThat(new BigDecimal(avant.getString("module1.partA"))).isEqualByComparingTo("30000");
        assertThat(avant.getString("version")).isEqualTo(activeAvant);
        Map<String, JsonPath> echantillons = enregistrerEchantillons();

        aller("/regles");
        assertThat(page.locator("#note-enmr")).containsText("POST /enmr");
        assertThat(page.locator("#note-enmr")).containsText("evaluer");
        Locator ligneActive = page.locator("#table-versions tr[data-version='" + activeAvant + "']");
        assertThat(ligneActive).containsText("active");
        capturer("atelier-1-versions", false);

        // a new draft of the active version, opened in the KIE DMN editor embedded in the page
        page.getByText("Nouveau brouillon", new Page.GetByTextOptions().setExact(true)).click();
        FrameLocator editeur = page.frameLocator("#editeur-dmn iframe");
        changerPartADeuxiemeClasse(editeur, "31000");
        page.locator("#editeur-dmn").scrollIntoViewIfNeeded();
        capturer("atelier-2-editeur-part-a", false);

        page.getByLabel("Motif du brouillon").fill("Part A, deuxième classe : 31 000 € au lieu de 30 000 €");
        page.getByText("Enregistrer le brouillon", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#etat-brouillon")).containsText("enregistré", LONG);
        String brouillon = page.locator("#table-versions tr.version-ouverte").getAttribute("data-version");
        assertThat(page.locator("#table-versions tr[data-version='" + brouillon + "']")).containsText("Brouillon");
        String dmn = Comptes.analyste().get("/api/regles/versions/" + brouillon + "/fichiers/enmr.dmn").then().statusCode(200).extract().asString();
        // saved by the editor, in DMN 1.6: stored as given (the service reads it as DMN 1.5, it does not rewrite the file)
        assertThat(dmn).contains("<text>31000</text>").contains("https://www.omg.org/spec/DMN/20240513/MODEL/");

        // its cases: the one expecting 30 000 € for the second class fails, as the change should make it
        page.getByText("Lancer les cas", new Page.GetByTextOptions().setExact(true)).click();
        Locator bilan = page.locator("#bilan-cas");
        assertThat(bilan).containsText("en échec", LONG);
        Locator echecPartA = page.locator("#echecs-cas > li").filter(new Locator.FilterOptions().setHasText("3999 patients retenus"));
        assertThat(echecPartA).containsText("30000");
        assertThat(echecPartA).containsText("31000");
        echecPartA.scrollIntoViewIfNeeded();
        capturer("atelier-3-cas-en-echec", false);

        // that case's expected amount updated in the draft, then every other expectation that follows from the class amount
        // the click writes « Mise à jour des cas… » at once; the message is emptied when the draft's cases have run again
        Locator etatCas = page.locator("#etat-cas");
        echecPartA.getByText("Attendre le résultat obtenu").click();
        assertThat(etatCas).isEmpty(CAS);
        assertThat(bilan).containsText("en échec");
        assertThat(page.locator("#echecs-cas > li").filter(new Locator.FilterOptions().setHasText("3999 patients retenus"))).hasCount(0);
        String casPartA = Comptes.analyste().get("/api/regles/versions/" + brouillon + "/fichiers/bornes-module1.json").then().statusCode(200)
                .extract().asString();
        assertThat(casAttendu(casPartA, "Part A : 3999 patients retenus").path("module1").path("partA").asInt()).isEqualTo(31000);
        if (page.locator("#echecs-cas > li").count() > 0) {
            page.getByText("Attendre désormais les résultats obtenus (tous les cas en échec)").click();
            assertThat(etatCas).isEmpty(CAS);
        }
        assertThat(bilan).hasClass(java.util.regex.Pattern.compile("verdict-oui"));
        assertThat(bilan).not().containsText("en échec");
        capturer("atelier-4-cas-reussis", false);

        // the test bench: the example dossier (second class) with the draft and with the active version, side by side
        page.locator("#banc-base").selectOption("bases/msp-bretagne-2014.json");
        assertThat(page.locator("#banc-dossier")).hasValue(java.util.regex.Pattern.compile("BRE-2014-0001"));
        page.getByText("Évaluer avec les deux versions", new Page.GetByTextOptions().setExact(true)).click();
        Locator partA = page.locator("#banc-comparaison tr[data-ligne='Part A']");
        assertThat(partA).containsText(Formats.euros(new BigDecimal("30000")));
        assertThat(partA).containsText(Formats.euros(new BigDecimal("31000")));
        assertThat(page.locator("#banc-intermediaires tr[data-decision='Part A']")).hasClass(java.util.regex.Pattern.compile("ligne-differente"));

        // the impact over the stored dossiers of Bretagne, 2010 campaign (the samples)
        page.locator("#impact-campagne").selectOption("ENMR_2010");
        page.locator("#impact-region").selectOption("BRETAGNE");
        page.getByText("Mesurer l'impact", new Page.GetByTextOptions().setExact(true)).click();
        Locator impact = page.locator("#impact-resultat");
        assertThat(impact).isVisible(EDITEUR);
        assertThat(page.locator("#impact-regions tbody tr").first()).containsText("Bretagne");
        for (Map.Entry<String, JsonPath> e : echantillons.entrySet()) {
            JsonPath decision = e.getValue();
            int patientele = decision.getInt("module1.patienteleRetenue");
            Locator ligne = page.locator("#impact-differences tr[data-reference='" + e.getKey() + "']");
            if (decision.getBoolean("eligible") && patientele >= 2000 && patientele < 4000) {
                // the class amount is paid 80 % fixed and 20 % by the achievement rate: 800 € + 200 € × rate (totals rounded to the cent)
                BigDecimal taux = new BigDecimal(decision.getString("module1.tauxAtteinte"));
                BigDecimal gain = new BigDecimal("800").add(new BigDecimal("200").multiply(taux));
                assertThat(ligne.locator("td").nth(4)).hasText(java.util.regex.Pattern.compile("^\\+"));
                assertThat(euros(ligne.locator("td").nth(4).textContent())).isCloseTo(gain, org.assertj.core.data.Offset.offset(new BigDecimal("0.011")));
                if (taux.compareTo(BigDecimal.ONE) == 0) {
                    // a first-year site without indicators counts as fully achieved: 1 000 €
                    assertThat(ligne.locator("td").nth(4)).hasText("+" + Formats.euros(new BigDecimal("1000.00")));
                }
            } else {
                assertThat(ligne).hasCount(0);
            }
        }
        assertThat(page.locator("#impact-csv")).hasAttribute("href", java.util.regex.Pattern.compile("format=csv"));
        page.locator("#impact").scrollIntoViewIfNeeded();
        capturer("atelier-5-impact", false);

        // submitted by its author, who cannot approve it
        page.getByText("Soumettre à la relecture", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#etat-relecture")).containsText("soumise");
        assertThat(page.locator("#approuver")).isHidden();
        assertThat(page.locator("#table-journal tbody tr").first()).containsText("soumise");

        // a second analyst opens it, reviews what changed and approves it
        seConnecterComme("analyste-2");
        aller("/regles");
        page.locator("#table-versions tr[data-version='" + brouillon + "'] .ouvrir-version").click();
        editeurPret(page.frameLocator("#editeur-dmn iframe"));
        Locator difference = page.locator("#differences-resultat .table-changee[data-element='Part A']");
        assertThat(difference).containsText("30000");
        assertThat(difference).containsText("31000");
        page.getByText("Approuver et publier", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#etat-relecture")).containsText("approuvée et publiée");
        assertThat(page.locator("#table-versions tr[data-version='" + brouillon + "']")).containsText("active");
        page.locator("#relecture").scrollIntoViewIfNeeded();
        capturer("atelier-6-approuvee", false);

        // a new decision gets the new amount and names the new version; the earlier one still traces to the old tables
        JsonPath apres = Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossierExemple).post("/api/decisions")
                .then().statusCode(201).extract().jsonPath();
        assertThat(new BigDecimal(apres.getString("module1.partA"))).isEqualByComparingTo("31000");
        assertThat(apres.getString("version")).isEqualTo(brouillon);
        aller("/regles?decision=" + avant.getString("id"));
        assertThat(page.locator("#trace-decision-part-a")).hasText("Part A : règle 2 retenue");
        assertThat(page.locator("#trace")).containsText("→ 30000");
        page.locator("#trace").scrollIntoViewIfNeeded();
        capturer("atelier-7-trace-ancienne-decision", false);
    }

    @Test
    void aDraftWhoseDrlDoesNotCompileIsRefusedAndTheLineIsMarked() {
        aller("/regles");
        // enabled once the versions list has named the active version, the draft's base: the click waits for it
        page.getByText("Nouveau brouillon", new Page.GetByTextOptions().setExact(true)).click();
        // the DRL is in its field a moment after the click, but the editor (its whole bundle inlined in a same-origin srcdoc
        // iframe) runs on the page's main thread: the page answers nothing, the DRL field included, until its diagram is drawn
        editeurPret(page.frameLocator("#editeur-dmn iframe"));
        Locator drl = page.locator("#texte-drl");
        assertThat(drl).not().isEmpty();
        String texte = drl.inputValue();
        drl.fill(texte.replaceFirst("rule ", "rule sans guillemets ni fin\nrule "));
        page.getByLabel("Motif du brouillon").fill("Une règle mal écrite");
        attendreErreurConsole(e -> e.contains("422"));
        page.getByText("Enregistrer le brouillon", new Page.GetByTextOptions().setExact(true)).click();

        Locator erreurs = page.locator("#erreurs-validation");
        assertThat(erreurs).isVisible(EDITEUR);
        Locator erreur = erreurs.locator("li.erreur-regle[data-fichier='constats.drl']").first();
        assertThat(erreur).containsText("constats.drl");
        assertThat(erreur).containsText("ligne");
        // the line KIE names is marked in the margin of the DRL text
        String ligne = erreur.getAttribute("data-ligne");
        assertThat(Integer.parseInt(ligne)).isPositive();
        assertThat(page.locator("#zone-drl .numeros .ligne-en-erreur").first()).hasText(ligne);
        erreurs.scrollIntoViewIfNeeded();
        capturer("atelier-erreur-drl", false);
    }

    /**
     * Waits until the KIE DMN editor has drawn the model's diagram: it loads and renders on the page's main thread. KIE's
     * standalone editor gives up (console: « Init polling timed out ») when its envelope has not answered within 60 s.
     */

    /** The sample dossiers of Bretagne stored under fresh references: their decisions by reference. */
    private static Map<String, JsonPath> enregistrerEchantillons() throws IOException {
        Map<String, JsonPath> decisions = new LinkedHashMap<>();
        List<JsonNode> dossiers = new ArrayList<>();
        JSON.readTree(ECHANTILLONS.toFile()).forEach(dossiers::add);
        String prefixe = "ATELIER-" + System.nanoTime() + "-";
        for (JsonNode dossier : dossiers) {
            ObjectNode copie = dossier.deepCopy();
            String reference = prefixe + dossier.path("reference").asText();
            copie.put("reference", reference);
            decisions.put(reference, Comptes.agentArs("BRETAGNE").contentType("application/json").body(JSON.writeValueAsString(copie))
                    .post("/api/decisions").then().statusCode(201).extract().jsonPath());
        }
        return decisions;
    }

    /** « +933,34 € » → 933.34 */
    private static BigDecimal euros(String texte) {
        return new BigDecimal(texte(texte).replace("€", "").replace(" ", "").replace("+", "").replace(',', '.'));
    }

    private static JsonNode casAttendu(String fichier, String debutNom) throws IOException {
        for (JsonNode cas : JSON.readTree(fichier)) {
            if (cas.path("nom").asText().startsWith(debutNom)) {
                return cas.path("attendu");
            }
        }
        throw new AssertionError("no case named " + debutNom);
    }
}
