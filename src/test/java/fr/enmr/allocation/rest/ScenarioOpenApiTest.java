package fr.enmr.allocation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** /q/openapi describes every scenario endpoint: a summary and the answers scenario-api.md and the README give. */
@QuarkusTest
class ScenarioOpenApiTest {

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', value = {
            "/api/scenarios|post|202 400 410 422 503",
            "/api/scenarios|get|200 400",
            "/api/scenarios/{id}|get|200 404",
            "/api/scenarios/{id}|delete|200 202 204 400 404 409 503",
            "/api/scenarios/{id}|patch|200 400 404 409 503",
            "/api/scenarios/{id}/candidats|get|200 404",
            "/api/scenarios/{id}/candidats/{reference}|get|200 404",
            "/api/scenarios/comparaison|get|200 400 404",
            "/api/scenarios/{id}/adoption|post|200 400 403 404 409",
            "/api/scenarios/adoptes|get|200 400",
            "/api/scenarios/{id}/notification|get|200 400 404 409"})
    void everyScenarioEndpointIsDescribedWithItsAnswers(String chemin, String methode, String reponses) {
        JsonPath openapi = Comptes.ministere().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> operation = openapi.<String, Object>getMap("paths.'" + chemin + "'." + methode);

        assertThat(operation).as(methode + " " + chemin).isNotNull().containsKey("summary");
        Map<String, Object> decrites = openapi.<String, Object>getMap("paths.'" + chemin + "'." + methode + ".responses");
        assertThat(decrites).containsKeys(reponses.split(" "));
        decrites.forEach((code, r) -> assertThat(((Map<?, ?>) r).get("description")).as(code + " description").isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/csv", "application/json"})
    void bothWaysOfLaunchingAScenarioAreDescribed(String type) {
        Comptes.ministere().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/scenarios'.post.requestBody.content", org.hamcrest.Matchers.hasKey(type))
                .body("paths.'/api/scenarios'.post.responses.'202'.content.'application/json'.schema.'$ref'",
                        org.hamcrest.Matchers.endsWith("ScenarioVue"));
    }

    @org.junit.jupiter.api.Test
    void theCsvUploadsImposedChoicesAreDescribedAsQueryParameters() {
        JsonPath openapi = Comptes.ministere().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();

        for (String nom : new String[] {"imposes.retenus", "imposes.exclus"}) {
            Map<String, Object> parametre = openapi.getMap("paths.'/api/scenarios'.post.parameters.find { it.name == '" + nom + "' }");
            assertThat(parametre).as(nom).containsEntry("in", "query");
            assertThat((String) parametre.get("description")).contains("REFERENCE:motif", "parametres." + nom);
        }
        assertThat(openapi.getString("paths.'/api/scenarios'.post.description")).contains("imposes.retenus");
    }
}
