package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import io.quarkus.test.junit.QuarkusTest;

/** The landing page leads each kind of user to their space. */
@QuarkusTest
class AccueilTest extends Navigateur {

    @Test
    void anArsAgentIsLedToTheDecisions() {
        aller("/");

        assertThat(page).hasTitle("Accueil — ENMR");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(".connexion .compte")).hasText("ars-bretagne — ARS Bretagne");
        assertThat(page.locator(".espaces .espace-titre")).hasText(new String[] {"ARS — Décisions", "Pilotage"});
        capturer("accueil-ars");

        page.locator(".espaces a").first().click();

        assertThat(page).hasURL(Pattern.compile(".*/decisions$"));
        assertThat(page.locator("h1")).hasText("Décisions ENMR");
    }

    @Test
    void anAnalystSeesTheDecisionsAndTheRules() {
        seConnecterComme("analyste");
        aller("/");

        assertThat(page.locator(".espaces .espace-titre")).hasText(new String[] {"ARS — Décisions", "Pilotage", "Analystes — Règles"});
        assertThat(page.locator(".bandeau nav a")).hasCount(3);
        capturer("accueil-analyste");
    }

    @Test
    void theAdministratorIsLedToTheMetricsAndTheHealth() {
        attendreErreurConsole(e -> e.contains("status of 404")); // a text or JSON document has no icon link: chromium asks for /favicon.ico
        seConnecterComme("admin");
        aller("/");

        assertThat(page.locator(".espaces .espace-titre")).hasText(new String[] {"Exploitation — Métriques", "Exploitation — Santé"});
        assertThat(page.getByText("Votre rôle ne donne accès à aucun de ces espaces.")).hasCount(0);
        capturer("accueil-admin");

        page.getByText("Exploitation — Métriques").click();
        assertThat(page.locator("body")).containsText("# TYPE");
        aller("/");
        page.getByText("Exploitation — Santé").click();
        assertThat(page.locator("body")).containsText("\"status\"");
    }

    @Test
    void everyPageOffersToSignOut() {
        aller("/");
        Locator lien = page.locator(".connexion").getByText("Se déconnecter");

        assertThat(lien).hasAttribute("href", "/deconnexion");
    }
}
