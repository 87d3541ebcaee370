package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The landing page leads each kind of user to their space. */
@QuarkusTest
class AccueilTest extends Navigateur {

    @Test
    void theLandingPageLinksTheSpaces() {
        aller("/");

        assertThat(page).hasTitle("Accueil — ENMR");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(".espaces a")).hasCount(3);
        capturer("accueil");

        page.locator(".espaces a").first().click();

        assertThat(page).hasURL(Pattern.compile(".*/decisions$"));
        assertThat(page.locator("h1")).hasText("Décisions ENMR");
    }
}
