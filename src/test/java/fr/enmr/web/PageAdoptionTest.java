package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The ministry's levers in a real browser: a scenario adopted with a reason on /scenarios, shown « adopté » and frozen in
 * the list, a region's notification downloaded (its PDF read back), choices imposed from the candidates' table, the rule
 * version offered at creation; and on /decisions, an ARS agent's adopted selection and a decision's place in it.
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
            assertThat(texte).doesNotContain("Pôle de Corte", prefixe + "-C");
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
}
