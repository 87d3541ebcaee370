package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The ministry's levers in a real browser: a scenario adopted with a reason on /scenarios, shown « adopté » and frozen in
 * the list, a region's notification downloaded (its PDF read back), choices imposed from the candidates' table, the rule
 * version offered at creation; and on /decisions, an ARS agent's adopted selection and a decision's place in it. Then the
 * imposed choices through to the end: one team forced in and one out, the scenario recalculated, the choices explained and
 * priced, adopted and notified; and the price of a scenario stopped before it was computed.
 */
@QuarkusTest
class PageAdoptionTest extends Navigateur {

    @Override
    String utilisateur() {
        return "ministere";
    }

    @Test
    void theMinistryAdoptsAScenarioAndDownloadsARegionsNotificationThenTheArsSeesItsSelection() throws IOException {
        String prefixe = "PADO" + System.nanoTime();
        String decision = Comptes.agentArs("BRETAGNE").contentType("application/json")
                .body(Files.readString(PageDecisionsTest.EXEMPLE).replace("BRE-2014-0001", prefixe + "-A"))
                .post("/api/decisions").then().statusCode(201).extract().path("id");
        String csv = """
                reference;nom;region;cout;patienteleRetenue;zoneFragile;rangArs;eligible
                %1$s-A;MSP de Melgven;BRETAGNE;35450,00;3350;false;1;true
                %1$s-B;MSP de Rosporden;BRETAGNE;55000,00;2000;false;2;true
                %1$s-C;Pôle de Corte;CORSE;40000,00;2000;true;1;true
                %1$s-D;Centre de Brest;BRETAGNE;10000,00;9000;false;1;false
                """.formatted(prefixe);
        String id = Comptes.ministere().contentType("text/csv").body(csv).queryParam("nom", "Extension — arbitrage de mars")
                .queryParam("places", 2).queryParam("enveloppe", 200000).queryParam("dureeMaxSecondes", 1)
                .post("/api/scenarios").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250)).until(() ->
                "TERMINE".equals(Comptes.ministere().get("/api/scenarios/" + id).then().extract().path("statut")));

        aller("/scenarios?id=" + id);
        assertThat(page.locator("#adoption-etat")).hasText("Ce scénario n'est pas adopté.");
        assertThat(page.locator("#source-version option").filter(new Locator.FilterOptions().setHasText("En vigueur"))).hasCount(1);
        // a choice imposed from the candidates' table, with its reason, listed for the next run
        Locator ligne = page.locator("#table-candidats tbody tr[data-reference='" + prefixe + "-B']");
        ligne.getByText("Imposer…").click();
        ligne.getByLabel("Motif du choix imposé pour " + prefixe + "-B").fill("Projet prioritaire de l'ARS");
        ligne.getByText("Imposer", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#imposes-liste li")).hasText(prefixe + "-B — retenu : « Projet prioritaire de l'ARS » Retirer");
        assertThat(page.locator("#relancer-imposes")).isEnabled();

        page.getByLabel("Motif de l'adoption").fill("Arbitrage ministériel du 12 mars");
        page.locator("#adoption-campagne").selectOption("ENMR_2014"); // a CSV scenario: the campaign it is adopted for
        page.getByText("Adopter ce scénario").click();

        assertThat(page.locator("#adoption-etat")).containsText("Arbitrage ministériel du 12 mars");
        assertThat(page.locator("#adoption-etat")).containsText("C'est la sélection en vigueur.");
        assertThat(page.locator("#form-adoption")).isHidden();
        Locator rangee = page.locator("#table-enregistres tr[data-scenario='" + id + "']");
        assertThat(rangee).containsText("adopté");
        assertThat(rangee.getByText("Renommer")).isDisabled();
        capturer("ministere-adoption");

        page.getByLabel("Notification d'une ARS").selectOption(new SelectOption().setLabel("Bretagne"));
        Download notification = page.waitForDownload(() -> page.getByText("Télécharger la notification (PDF)").click());

        assertThat(notification.suggestedFilename()).isEqualTo("notification-" + id + "-BRETAGNE.pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(notification.path()))) {
            String texte = texte(new PDFTextStripper().getText(pdf));
            assertThat(texte).contains("Notification de la sélection adoptée — Bretagne", "ENMR_2014", "Arbitrage ministériel du 12 mars",
                    "MSP de Melgven", prefixe + "-A", "35 450,00 €", "Centre de Brest", prefixe + "-D", "n'est pas éligible");
            assertThat(texte).doesNotContain("Pôle de Corte", prefixe + "-C", "Imposé par le ministère");
        }

        seConnecterComme("ars-bretagne");
        aller("/decisions?id=" + decision);
        assertThat(page.locator("#selection-adoptee")).isVisible();
        assertThat(page.locator("#selection-adoptee")).containsText("Extension — arbitrage de mars");
        assertThat(page.locator("#selection-adoptee")).containsText("Votre région : 1 équipe(s) retenue(s)");
        assertThat(page.locator("#selection-adoptee")).not().containsText("Pôle de Corte");
        assertThat(page.locator("#resultat")).containsText("Sélection du ministère");
        assertThat(page.locator("#resultat")).containsText("Retenue dans la sélection adoptée le");
        capturer("ars-selection-adoptee");
    }

    @Test
    void theMinistryImposesOneTeamInAndOneOutRecalculatesSeesTheirPriceThenAdoptsAndNotifiesTheRegion() throws IOException {
        String prefixe = "PIMP" + System.nanoTime();
        // Bretagne's A (value 4 020) forced in and B (6 000) forced out: without them the best 2 places are B + C (9 600, 95 000 €)
        Path csv = Files.createTempFile("candidats", ".csv");
        Files.writeString(csv, """
                reference;nom;region;cout;patienteleRetenue;zoneFragile;rangArs;eligible
                %1$s-A;MSP de Melgven;BRETAGNE;45950,00;3350;false;1;true
                %1$s-B;MSP de Rosporden;BRETAGNE;55000,00;5000;false;1;true
                %1$s-C;Pôle de Corte;CORSE;40000,00;2000;true;1;true
                %1$s-D;Centre de Brest;BRETAGNE;10000,00;9000;false;1;false
                %1$s-E;Maison de santé de Kourou;GUYANE;5000,00;900;false;1;true
                """.formatted(prefixe));
        aller("/scenarios");
        page.getByLabel("Nom du scénario").fill("Arbitrage breton");
        page.getByLabel("Places", new Page.GetByLabelOptions().setExact(true)).fill("2");
        page.getByLabel("Enveloppe (€)").fill("100 000");
        page.getByLabel("Durée maximale du calcul (s)").fill("1");
        page.getByLabel("Fichier CSV", new Page.GetByLabelOptions().setExact(true)).setInputFiles(csv);
        page.getByText("Lancer le scénario").click();
        assertThat(page.locator("#statut")).hasText("Terminé", PageScenariosTest.CALCUL);
        assertThat(ligne(prefixe + "-B").locator("td").nth(1)).hasText("Oui");

        imposer(prefixe + "-A", "Retenu", "Projet prioritaire de l'ARS");
        imposer(prefixe + "-B", "Exclu", "Dossier incomplet à la date de sélection");
        assertThat(page.locator("#imposes-liste li")).hasText(new String[] {
            prefixe + "-A — retenu : « Projet prioritaire de l'ARS » Retirer",
            prefixe + "-B — exclu : « Dossier incomplet à la date de sélection » Retirer"});
        // a scenario of a CSV file is launched again with the same candidates (it used to refuse: « pas d'un fichier CSV »)
        page.getByText("Recalculer avec ces choix imposés").click();

        assertThat(page.locator("#titre-suivi")).hasText("Scénario « Arbitrage breton — choix imposés »");
        assertThat(page.locator("#statut")).hasText("Terminé", PageScenariosTest.CALCUL);
        String id = page.url().replaceFirst(".*[?&]id=", "");
        assertThat(page.locator("#nombre-candidats")).hasText("5");
        assertThat(page.locator("#imposes-liste li")).hasCount(2);
        Locator retenu = ligne(prefixe + "-A");
        assertThat(retenu.locator("td").nth(1)).hasText("Oui (imposé par le ministère)");
        retenu.locator("summary").click();
        assertThat(retenu.locator("details")).containsText("Retenu : imposé par le ministère (motif : « Projet prioritaire de l'ARS »).");
        Locator exclu = ligne(prefixe + "-B");
        assertThat(exclu.locator("td").nth(1)).hasText("Non (exclu par le ministère)");
        exclu.locator("summary").click();
        assertThat(exclu.locator("details")).containsText("Non retenu : exclu par le ministère (motif : « Dossier incomplet à la date de sélection »).");
        assertThat(exclu.locator("details")).containsText("Choix imposé : exclu par le ministère : Dossier incomplet à la date de sélection");
        // the price: the same candidates solved without the choices keep B + C
        Locator prix = page.locator("#prix-des-choix");
        assertThat(prix.locator("dt")).hasText(new String[] {"Prix des choix (valeur perdue)", "Valeur sans les choix imposés",
            "Valeur avec les choix imposés", "Équipes retenues sans les choix imposés", "Coût sans les choix imposés",
            "Écart de coût (avec les choix − sans)"});
        assertThat(texte(prix.locator("dl").innerText())).contains("1 980 patients pondérés", "9 600 patients pondérés",
                "7 620 patients pondérés", "95 000,00 €", "-9 050,00 €");
        assertThat(prix.locator("#prix-des-choix-explication")).containsText("les choix imposés coûtent 1");
        assertThat(prix).not().containsText("NaN");
        capturer("ministere-choix-imposes");

        page.getByLabel("Motif de l'adoption").fill("Arbitrage ministériel : priorités régionales");
        page.locator("#adoption-campagne").selectOption("ENMR_2014");
        page.getByText("Adopter ce scénario").click();
        assertThat(page.locator("#adoption-etat")).containsText("C'est la sélection en vigueur.");
        page.getByLabel("Notification d'une ARS").selectOption(new SelectOption().setLabel("Bretagne"));
        Download notification = page.waitForDownload(() -> page.getByText("Télécharger la notification (PDF)").click());

        assertThat(notification.suggestedFilename()).isEqualTo("notification-" + id + "-BRETAGNE.pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(notification.path()))) {
            String texte = texte(new PDFTextStripper().getText(pdf));
            assertThat(texte).contains("Arbitrage ministériel : priorités régionales", "Arbitrage breton — choix imposés",
                    "Équipes retenues (1)", "MSP de Melgven", prefixe + "-A", "45 950,00 €",
                    "Imposé par le ministère (motif : « Projet prioritaire de l'ARS »).",
                    "Équipes non retenues (2)", "MSP de Rosporden", prefixe + "-B",
                    "Non retenu : exclu par le ministère (motif : « Dossier incomplet à la date de sélection »).",
                    "Centre de Brest", "n'est pas éligible");
            assertThat(texte).doesNotContain("Pôle de Corte", "Kourou");
        }
    }

    @Test
    void aScenarioStoppedBeforeItsChoicesWerePricedSaysSoWithoutFigures() throws IOException {
        // imposed choices in the CSV upload's query, stopped during the solve with them: the solve without them never ran
        String id = Comptes.ministere().contentType("text/csv").body(Files.readString(PageScenariosTest.NATIONAL))
                .queryParam("nom", "Arrêté avant le prix").queryParam("dureeMaxSecondes", 60)
                .queryParam("imposes.retenus", "GEN-BRE-0001:Engagement du ministre").queryParam("imposes.exclus", "GEN-IDF-0001:Dossier incomplet")
                .post("/api/scenarios").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                Comptes.ministere().get("/api/scenarios/" + id).then().extract().path("resultat.prixDesChoix") != null);
        Comptes.ministere().delete("/api/scenarios/" + id).then().statusCode(200);

        aller("/scenarios?id=" + id);

        assertThat(page.locator("#statut")).hasText("Arrêté");
        Locator prix = page.locator("#prix-des-choix");
        assertThat(prix.locator("#prix-des-choix-explication")).hasText(
                "Non calculé : le scénario s'est arrêté avant la résolution sans les choix imposés.");
        assertThat(prix.locator("dl")).isHidden(); // it used to show « 0 » for every figure not computed
        assertThat(page.locator("#imposes-liste li")).hasCount(2);
    }

    private Locator ligne(String reference) {
        return page.locator("#table-candidats tbody tr[data-reference='" + reference + "']");
    }

    /** « Imposer… » on a candidate's row, the choice and its reason, « Imposer »: as the ministry does it. */
    private void imposer(String reference, String choix, String motif) {
        Locator ligne = ligne(reference);
        ligne.getByText("Imposer…").click();
        ligne.getByLabel("Choix imposé pour " + reference, new Locator.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(choix));
        ligne.getByLabel("Motif du choix imposé pour " + reference).fill(motif);
        ligne.getByText("Imposer", new Locator.GetByTextOptions().setExact(true)).click();
    }
}
