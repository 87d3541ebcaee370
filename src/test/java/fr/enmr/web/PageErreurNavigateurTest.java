package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/** A page the user may not open, or that does not exist, is a French page leading back home; the API stays JSON. */
@QuarkusTest
class PageErreurNavigateurTest extends Navigateur {

    @Test
    void anArsAgentOpeningTheMinistrysPageSeesAFrench403PageAndGoesBackHome() {
        attendreErreurConsole(e -> e.contains("status of 403"));

        Response reponse = page.navigate(racine.toString().replaceAll("/$", "") + "/scenarios");

        assertThat(reponse.status()).isEqualTo(403);
        assertThat(page).hasTitle("Accès refusé — ENMR");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Accès refusé");
        assertThat(page.locator("main")).containsText("Cette page est réservée à d'autres rôles que le vôtre.");
        capturer("erreur-403");

        page.getByText("Retour à l'accueil").click();

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.locator(".espaces .espace-titre")).hasText(new String[] {"ARS — Décisions", "Pilotage"});
    }

    @Test
    void someoneNotSignedInIsAskedToSignInWithoutProtocolNames() {
        attendreErreurConsole(e -> e.contains("status of 401"));
        sansCompte();
        // headless chromium cancels the sign-in prompt with a network error instead of showing the page a person sees
        // after cancelling it: the server's answer is shown as it is, without its challenge
        page.route("**/decisions", route -> {
            APIResponse reponseServeur = route.fetch();
            Map<String, String> entetes = new HashMap<>(reponseServeur.headers());
            assertThat(entetes.remove("www-authenticate")).contains("Basic");
            route.fulfill(new Route.FulfillOptions().setResponse(reponseServeur).setHeaders(entetes));
        });

        Response reponse = page.navigate(racine.toString().replaceAll("/$", "") + "/decisions");

        assertThat(reponse.status()).isEqualTo(401);
        assertThat(page.locator("h1")).hasText("Authentification requise");
        assertThat(page.locator("main")).containsText("Vous n'êtes pas identifié, ou l'identifiant et le mot de passe donnés n'ont pas été reconnus.");
        assertThat(page.locator("main")).not().containsText(Pattern.compile("OIDC|Bearer|HTTP Basic|jeton"));
        capturer("erreur-401", false);
    }

    @Test
    void theMinistryOpeningTheAnalystsPageOrAMissingPageSeesFrenchPages() {
        attendreErreurConsole(e -> e.contains("status of 403") || e.contains("status of 404"));
        seConnecterComme("ministere");

        aller("/regles");
        assertThat(page.locator("h1")).hasText("Accès refusé");

        Response reponse = page.navigate(racine.toString().replaceAll("/$", "") + "/decisions/nulle-part");
        assertThat(reponse.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Ressource introuvable");
        capturer("erreur-404", false);
    }

    @Test
    void aCrossRegionDecisionIsStillRefusedAndTheApiStaysJson() throws IOException {
        attendreErreurConsole(e -> e.contains("status of 403"));
        attendreErreurConsole(e -> e.contains("status of 404")); // a JSON document has no icon link: chromium asks for /favicon.ico
        String id = Comptes.agentArs("LORRAINE").contentType("application/json")
                .body(Files.readString(PageDecisionsTest.EXEMPLE).replace("\"BRETAGNE\"", "\"LORRAINE\""))
                .post("/api/decisions").then().statusCode(201).extract().path("id");

        Response api = page.navigate(racine.toString().replaceAll("/$", "") + "/api/decisions/" + id);

        assertThat(api.status()).isEqualTo(403);
        assertThat(api.headerValue("content-type")).startsWith("application/problem+json");
        assertThat(api.text()).contains("ne peut agir que sur les dossiers de sa région");

        aller("/decisions?id=" + id);
        assertThat(page.locator("#titre-resultat")).hasText("Accès refusé");
    }
}
