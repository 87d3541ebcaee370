package fr.enmr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

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
        assertThat(versionActive()).isEqualTo(activeAvant);
    }

    static String versionActive() {
        return Comptes.analyste().get("/api/regles/versions?taille=100").then().statusCode(200).extract()
                .jsonPath().getString("versions.find { it.active }.id");
    }
}
