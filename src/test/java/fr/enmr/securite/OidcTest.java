package fr.enmr.securite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.enmr.decision.DecisionApiSuite;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Bearer tokens as an identity provider would sign them: roles from "groups", an ARS agent's region from "region". */
@QuarkusTest
@TestProfile(ModeOidc.class)
class OidcTest {

    private static String jeton(String cle, String utilisateur, String role, String region, Instant expiration) throws Exception {
        PrivateKey privee = KeyUtils.decodePrivateKey(Files.readString(Path.of("src/test/resources/oidc", cle)));
        var builder = Jwt.issuer(ModeOidc.EMETTEUR).upn(utilisateur).groups(Set.of(role)).expiresAt(expiration);
        if (region != null) {
            builder.claim("region", region);
        }
        return builder.sign(privee);
    }

    private static String jeton(String utilisateur, String role, String region) throws Exception {
        return jeton("cle-privee-test.pem", utilisateur, role, region, Instant.now().plusSeconds(300));
    }

    @Test
    void anArsAgentDecidesForTheRegionOfItsToken() throws Exception {
        String dossier = DecisionApiSuite.exemple1();
        String bretagne = jeton("agent.bretagne@ars.fr", "ars", "BRETAGNE");

        given().auth().oauth2(bretagne).contentType("application/json").body(dossier).post("/api/decisions")
                .then().statusCode(201).body("auteur.identifiant", equalTo("agent.bretagne@ars.fr")).body("auteur.region", equalTo("BRETAGNE"));
        given().auth().oauth2(bretagne).contentType("application/json").body(dossier.replace("\"BRETAGNE\"", "\"LORRAINE\""))
                .post("/api/decisions").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theMinistryReadsButDoesNotDecide() throws Exception {
        String ministere = jeton("cabinet@sante.gouv.fr", "ministere", null);

        given().auth().oauth2(ministere).get("/api/decisions").then().statusCode(200);
        given().auth().oauth2(ministere).contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions")
                .then().statusCode(403);
    }

    @Test
    void noForgedExpiredOrBasicCredentialsGetIn() throws Exception {
        given().get("/api/decisions").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(jeton("autre-cle-privee.pem", "intrus", "ministere", null, Instant.now().plusSeconds(300)))
                .get("/api/decisions").then().statusCode(401);
        given().auth().oauth2(jeton("cle-privee-test.pem", "ancien", "ministere", null, Instant.now().minusSeconds(3600)))
                .get("/api/decisions").then().statusCode(401);
        given().auth().preemptive().basic("ministere", Comptes.MOT_DE_PASSE).get("/api/decisions").then().statusCode(401);
    }
}
