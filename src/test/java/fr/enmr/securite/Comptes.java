package fr.enmr.securite;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** The test profile's users (src/test/resources/utilisateurs-test.properties), as rest-assured requests. */
public final class Comptes {

    public static final String MOT_DE_PASSE = "test-enmr";

    private Comptes() {
    }

    /** The ARS agent of a region, e.g. agentArs("BRETAGNE") is ars-bretagne. */
    public static RequestSpecification agentArs(String region) {
        return comme("ars-" + region.toLowerCase().replace('_', '-'));
    }

    public static RequestSpecification ministere() {
        return comme("ministere");
    }

    public static RequestSpecification analyste() {
        return comme("analyste");
    }

    /** A second analyst, for four-eyes review of rule-set versions. */
    public static RequestSpecification analyste2() {
        return comme("analyste-2");
    }

    public static RequestSpecification admin() {
        return comme("admin");
    }

    public static RequestSpecification comme(String identifiant) {
        return given().auth().preemptive().basic(identifiant, MOT_DE_PASSE);
    }
}
