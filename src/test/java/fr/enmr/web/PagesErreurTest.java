package fr.enmr.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Refusals and missing pages: a browser asking for a page gets a French HTML page with the same status;
 * the API, and any client asking for JSON, keeps getting problem+json.
 */
@QuarkusTest
class PagesErreurTest {

    static final String NAVIGATEUR = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @Test
    void aPageTheRoleMayNotOpenIsAFrench403PageForABrowser() {
        Comptes.agentArs("BRETAGNE").accept(NAVIGATEUR).get("/scenarios")
                .then().statusCode(403).contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Accès refusé"))
                .body(containsString("Votre rôle ne permet pas cette opération."))
                .body(containsString("<a href=\"/\">Retour à l'accueil</a>"));
        Comptes.ministere().accept(NAVIGATEUR).get("/regles").then().statusCode(403).contentType(startsWith("text/html"));
    }

    @Test
    void aMissingPageIsAFrench404PageForABrowser() {
        Comptes.ministere().accept(NAVIGATEUR).get("/page-qui-n-existe-pas")
                .then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("Ressource introuvable"))
                .body(containsString("Retour à l'accueil"));
    }

    @Test
    void aBrowserNotSignedInGetsAFrench401PageWithTheChallenge() {
        given().accept(NAVIGATEUR).get("/decisions")
                .then().statusCode(401).contentType(startsWith("text/html"))
                .header("WWW-Authenticate", containsString("Basic"))
                .body(containsString("Authentification requise"));
    }

    @Test
    void apiClientsKeepProblemJson() {
        Comptes.agentArs("BRETAGNE").get("/scenarios").then().statusCode(403).contentType("application/problem+json");
        Comptes.agentArs("BRETAGNE").accept(NAVIGATEUR).get("/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C")
                .then().statusCode(403).contentType("application/problem+json");
        Comptes.ministere().accept(NAVIGATEUR).get("/api/decisions/inconnue").then().statusCode(404).contentType("application/problem+json");
        Comptes.ministere().accept(NAVIGATEUR).get("/api/nulle-part").then().statusCode(404).contentType("application/problem+json");
        Comptes.analyste().accept(NAVIGATEUR).contentType("application/json").body("{}").post("/enmr/inconnu")
                .then().statusCode(404).contentType("application/problem+json");
        given().accept(NAVIGATEUR).get("/api/decisions").then().statusCode(401).contentType("application/problem+json");
        Comptes.ministere().accept("application/json").get("/page-qui-n-existe-pas").then().statusCode(404).contentType("application/problem+json");
    }
}
