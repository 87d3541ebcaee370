package fr.enmr.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/** « Se déconnecter » with HTTP Basic: a 401 that makes the browser forget the account, then home once signed in again. */
@QuarkusTest
class DeconnexionTest {

    @Test
    void signingOutAnswers401WithTheChallengeThenTheAccountTypedAgainGoesHome() {
        String lieu = Comptes.agentArs("BRETAGNE").redirects().follow(false).get("/deconnexion")
                .then().statusCode(303).header("Location", matchesPattern(".*/deconnexion\\?jeton=[0-9a-f]{32}$"))
                .extract().header("Location");
        String jeton = lieu.substring(lieu.indexOf("jeton=") + "jeton=".length());

        Comptes.agentArs("BRETAGNE").redirects().follow(false).accept(PagesErreurTest.NAVIGATEUR).get("/deconnexion?jeton=" + jeton)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic realm=\"ENMR\""))
                .header("Set-Cookie", startsWith(Deconnexion.COOKIE + "=" + jeton))
                .contentType(startsWith("text/html"))
                .body(containsString("Vous êtes déconnecté"))
                .body(containsString("<a href=\"/\">Se reconnecter</a>"));

        Comptes.agentArs("BRETAGNE").redirects().follow(false).cookie(Deconnexion.COOKIE, jeton).get("/deconnexion?jeton=" + jeton)
                .then().statusCode(303).header("Location", endsWith("/"));
    }

    @Test
    void anotherSignOutsCookieDoesNotSkipTheSignOut() {
        Comptes.ministere().redirects().follow(false).cookie(Deconnexion.COOKIE, "ancien").get("/deconnexion?jeton=nouveau")
                .then().statusCode(401);
    }

    @Test
    void withoutAnAccountItIsTheUsual401() {
        given().redirects().follow(false).get("/deconnexion").then().statusCode(401);
    }
}
