package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The landing page leads each kind of user to their space. */
@QuarkusTest
class AccueilTest extends Navigateur {

    @Test
    void anArsAgentIsLedToTheDecisions() {
        aller("/");

        assertThat(page).hasTitle("Accueil — ENMR");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(".connexion")).hasText("ars-bretagne — ARS Bretagne");
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
}
