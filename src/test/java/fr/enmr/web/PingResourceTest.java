package fr.enmr.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The load benchmark's baseline answers a constant JSON object. */
@QuarkusTest
class PingResourceTest {

    @Test
    void pingAnswersOkAsJson() {
        given().get("/api/ping").then()
                .statusCode(200)
                .contentType("application/json")
                .body(equalTo("{\"statut\":\"ok\"}"));
    }
}
