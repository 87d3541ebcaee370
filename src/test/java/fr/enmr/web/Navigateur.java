package fr.enmr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import fr.enmr.securite.Comptes;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A page test in Debian's headless chromium (never a browser Playwright downloads): one browser per
 * test class, a fresh French context per test, and every console error or page error fails the test
 * unless the test says it expects it.
 */
abstract class Navigateur {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CAPTURES = Paths.get("target", "screenshots");
    static final int[][] ECRANS = {{1280, 800}, {390, 844}};

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL racine;

    BrowserContext contexte;
    Page page;
    private final List<String> erreurs = new ArrayList<>();
    private final List<Predicate<String>> attendues = new ArrayList<>();

    @BeforeAll
    static void lancer() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // chromium on Linux takes its interface language from the environment, not from --lang: with Debian's
                // chromium-l10n (.ci/run installs it) the native widgets in the screenshots (file inputs…) are French
                .setEnv(Map.of("LANGUAGE", "fr", "LANG", "fr_FR.UTF-8"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run",
                        "--lang=fr-FR")));
    }

    @AfterAll
    static void fermer() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Who the test signs in as (HTTP Basic, the test profile's users): an ARS agent of Bretagne unless a test says otherwise. */
    String utilisateur() {
        return "ars-bretagne";
    }

    /** How long an action waits for the page (ms); a page that shares its main thread with a heavy component may say more. */
    double delai() {
        return 20_000;
    }

    @BeforeEach
    void ouvrirContexte() {
        seConnecterComme(utilisateur());
    }

    /** A fresh browser context signed in as this user of the test profile. */
    void seConnecterComme(String identifiant) {
        nouveauContexte(new Browser.NewContextOptions().setHttpCredentials(identifiant, Comptes.MOT_DE_PASSE));
    }

    /** A fresh browser context that knows no account (it answers no sign-in prompt). */
    void sansCompte() {
        nouveauContexte(new Browser.NewContextOptions());
    }

    private void nouveauContexte(Browser.NewContextOptions options) {
        if (contexte != null) {
            contexte.close();
        }
        contexte = browser.newContext(options
                .setLocale("fr-FR").setTimezoneId("Europe/Paris").setViewportSize(ECRANS[0][0], ECRANS[0][1]));
        contexte.setDefaultTimeout(delai());
        page = contexte.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                erreurs.add("console : " + m.text());
            }
        });
        page.onPageError(e -> erreurs.add("erreur de page : " + e));
    }

    @AfterEach
    void verifierConsole() {
        contexte.close();
        contexte = null;
        List<String> inattendues = erreurs.stream().filter(e -> attendues.stream().noneMatch(a -> a.test(e))).toList();
        assertThat(inattendues).as("erreurs dans la console du navigateur").isEmpty();
    }

    /** Declares an error the test provokes on purpose (e.g. the browser logging the API's 400). */
    void attendreErreurConsole(Predicate<String> erreur) {
        attendues.add(erreur);
    }

    void aller(String chemin) {
        page.navigate(racine.toString().replaceAll("/$", "") + chemin);
    }

    /** Screenshots of the whole page at each screen size, into target/screenshots (test output). */
    void capturer(String nom) {
        capturer(nom, true);
    }

    /** Screenshots at each screen size, of the whole page or of what the screen shows. */
    void capturer(String nom, boolean pageEntiere) {
        for (int[] ecran : ECRANS) {
            page.setViewportSize(ecran[0], ecran[1]);
            // two frames: the page is laid out again at the new width before the capture measures it
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(pageEntiere)
                    .setPath(CAPTURES.resolve(nom + "-" + ecran[0] + "x" + ecran[1] + ".png")));
        }
        page.setViewportSize(ECRANS[0][0], ECRANS[0][1]);
    }

    /** Text as read, with the non-breaking spaces of French number formats made plain. */
    static String texte(String brut) {
        return brut.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }
}
