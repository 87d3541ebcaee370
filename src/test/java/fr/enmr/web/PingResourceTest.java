package fr.enmr.web;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/** The load benchmark's baseline answers a constant JSON object, behind the same authentication as the API. */
@QuarkusTest
class PingResourceTest {

    @Test
    void pingAnswersOkAsJson() {
        Comptes.agentArs("BRETAGNE").get("/api/ping").then()
                .statusCode(200)
                .contentType("application/json")
                .body(equalTo("{\"statut\":\"ok\"}"));
    }

    @Test
    void pingNeedsCredentialsLikeEveryEndpoint() {
        io.restassured.RestAssured.given().get("/api/ping").then().statusCode(401);
    }
}
