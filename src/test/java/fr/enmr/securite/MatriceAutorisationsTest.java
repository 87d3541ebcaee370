package fr.enmr.securite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.store.DecisionStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Every role against every endpoint, with the expected 2xx/401/403, including an ARS agent of
 * Bretagne trying to create or read a decision of Lorraine (403, nothing stored).
 */
@QuarkusTest
class MatriceAutorisationsTest {

    private static final List<String> PROFILS = List.of("anonyme", "ars-bretagne", "ars-lorraine", "ministere", "analyste", "admin");

    @Inject
    DecisionStore store;

    static String dossierBretagne;
    static String dossierLorraine;
    static String decisionBretagne;

    @BeforeEach
    void decisions() throws Exception {
        if (decisionBretagne != null) {
            return;
        }
        dossierBretagne = DecisionApiSuite.exemple1();
        dossierLorraine = dossierBretagne.replace("\"BRETAGNE\"", "\"LORRAINE\"").replace("BRE-2014-0001", "LOR-2014-0001");
        decisionBretagne = Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossierBretagne)
                .post("/api/decisions").then().statusCode(201).extract().path("id");
    }

    record Cas(String quoi, Function<RequestSpecification, Response> appel, Map<String, Integer> attendus) {
    }

    private static Map<String, Integer> statuts(int anonyme, int arsBretagne, int arsLorraine, int ministere, int analyste, int admin) {
        return Map.of("anonyme", anonyme, "ars-bretagne", arsBretagne, "ars-lorraine", arsLorraine,
                "ministere", ministere, "analyste", analyste, "admin", admin);
    }

    @Test
    void everyRoleGetsWhatItMayAndNothingElse() {
        List<Cas> matrice = List.of(
                new Cas("POST /api/decisions (Bretagne)", r -> r.contentType("application/json").body(dossierBretagne).post("/api/decisions"),
                        statuts(401, 201, 403, 403, 403, 403)),
                new Cas("GET /api/decisions/{id Bretagne}", r -> r.get("/api/decisions/" + decisionBretagne),
                        statuts(401, 200, 403, 200, 200, 403)),
                new Cas("GET /api/decisions", r -> r.get("/api/decisions"),
                        statuts(401, 200, 200, 200, 200, 403)),
                new Cas("GET /api/decisions?region=LORRAINE", r -> r.queryParam("region", "LORRAINE").get("/api/decisions"),
                        statuts(401, 403, 200, 200, 200, 403)),
                new Cas("GET /api/scenarios/{id inconnu}", r -> r.get("/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C"),
                        statuts(401, 403, 403, 404, 403, 403)),
                new Cas("GET /api/scenarios/adoptes (sélection adoptée : sa région, ou toutes)", r -> r.queryParam("campagne", "ENMR_2014").get("/api/scenarios/adoptes"),
                        statuts(401, 200, 200, 200, 200, 403)),
                new Cas("POST /api/scenarios/{id inconnu}/adoption", r -> r.contentType("application/json").body("{\"motif\": \"x\"}")
                        .post("/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C/adoption"),
                        statuts(401, 403, 403, 404, 403, 403)),
                new Cas("GET /api/scenarios/{id inconnu}/notification", r -> r.queryParam("region", "BRETAGNE")
                        .get("/api/scenarios/01JD3Z8K6Q6M2W4T5Y7X9A1B2C/notification"),
                        statuts(401, 403, 403, 404, 403, 403)),
                new Cas("POST /enmr (modèle DMN)", r -> r.contentType("application/json").body(dossierBretagne).post("/enmr"),
                        statuts(401, 403, 403, 403, 200, 403)),
                new Cas("GET /api/regles/impact (effet des règles actuelles)", r -> r.queryParam("taille", 1).get("/api/regles/impact"),
                        statuts(401, 403, 403, 403, 200, 403)),
                new Cas("GET /api/scenarios/inconnu", r -> r.get("/api/scenarios/inconnu"),
                        statuts(401, 403, 403, 404, 403, 403)),
                new Cas("GET /q/openapi", r -> r.get("/q/openapi"),
                        statuts(401, 200, 200, 200, 200, 200)),
                new Cas("GET /q/swagger-ui/", r -> r.get("/q/swagger-ui/"),
                        statuts(401, 200, 200, 200, 200, 200)),
                new Cas("GET /q/metrics", r -> r.get("/q/metrics"),
                        statuts(401, 403, 403, 403, 403, 200)),
                new Cas("GET / (page d'accueil)", r -> r.get("/"),
                        statuts(401, 200, 200, 200, 200, 200)),
                new Cas("GET /decisions (page)", r -> r.get("/decisions"),
                        statuts(401, 200, 200, 200, 200, 403)),
                new Cas("POST /decisions/csv (import CSV de la page ARS)", r -> r.contentType("text/csv").body("reference\nA-1\n").post("/decisions/csv"),
                        statuts(401, 200, 200, 403, 403, 403)),
                new Cas("GET /decisions/csv/exemple (CSV d'exemple)", r -> r.get("/decisions/csv/exemple"),
                        statuts(401, 200, 200, 403, 403, 403)),
                new Cas("GET /regles (page)", r -> r.get("/regles"),
                        statuts(401, 403, 403, 403, 200, 403)),
                new Cas("GET /regles?decision={id Bretagne} (page)", r -> r.queryParam("decision", decisionBretagne).get("/regles"),
                        statuts(401, 403, 403, 403, 200, 403)),
                new Cas("GET /api/pilotage (tableau de bord de sa région ou de toutes)", r -> r.get("/api/pilotage"),
                        statuts(401, 200, 200, 200, 200, 403)),
                new Cas("GET /api/pilotage?region=LORRAINE", r -> r.queryParam("region", "LORRAINE").get("/api/pilotage"),
                        statuts(401, 403, 200, 200, 200, 403)),
                new Cas("GET /pilotage (page)", r -> r.get("/pilotage"),
                        statuts(401, 200, 200, 200, 200, 403)),
                new Cas("GET /scenarios (page)", r -> r.get("/scenarios"),
                        statuts(401, 403, 403, 200, 403, 403)),
                new Cas("GET Chart.js (WebJar, public)", r -> r.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"),
                        statuts(200, 200, 200, 200, 200, 200)),
                new Cas("GET /css/enmr.css (feuille de style, publique)", r -> r.get("/css/enmr.css"),
                        statuts(200, 200, 200, 200, 200, 200)),
                new Cas("GET /q/health/ready", r -> r.get("/q/health/ready"),
                        statuts(200, 200, 200, 200, 200, 200)));
        List<String> ecarts = new ArrayList<>();
        for (Cas cas : matrice) {
            for (String profil : PROFILS) {
                RequestSpecification requete = profil.equals("anonyme") ? given() : Comptes.comme(profil);
                int obtenu = cas.appel().apply(requete).statusCode();
                int attendu = cas.attendus().get(profil);
                if (obtenu != attendu) {
                    ecarts.add(cas.quoi() + " / " + profil + " : attendu " + attendu + ", obtenu " + obtenu);
                }
            }
        }
        assertThat(ecarts).isEmpty();
    }

    @Test
    void anArsAgentOfBretagneCannotCreateADecisionOfLorraineAndNothingIsStored() {
        long avant = store.count();

        Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossierLorraine).post("/api/decisions")
                .then().statusCode(403).contentType("application/problem+json");

        assertThat(store.count()).isEqualTo(avant);
    }

    @Test
    void anArsAgentOfLorraineCannotReadADecisionOfBretagne() {
        Comptes.agentArs("LORRAINE").get("/api/decisions/" + decisionBretagne)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anArsAgentListsOnlyItsRegion() {
        Comptes.agentArs("LORRAINE").contentType("application/json").body(dossierLorraine).post("/api/decisions").then().statusCode(201);

        List<String> regionsVues = Comptes.agentArs("LORRAINE").queryParam("taille", 100).get("/api/decisions")
                .then().statusCode(200).extract().path("decisions.auteur.region");
        assertThat(regionsVues).isNotEmpty().containsOnly("LORRAINE");
    }

    @Test
    void theAuthorIsStoredWithTheDecision() {
        String id = Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossierBretagne).post("/api/decisions")
                .then().statusCode(201).extract().path("id");

        assertThat(store.find(id).orElseThrow().auteur()).isEqualTo("ars-bretagne");
        assertThat(store.find(id).orElseThrow().auteurRegion()).isEqualTo("BRETAGNE");
        Comptes.ministere().get("/api/decisions/" + id).then().statusCode(200)
                .body("auteur.identifiant", org.hamcrest.Matchers.equalTo("ars-bretagne"))
                .body("auteur.region", org.hamcrest.Matchers.equalTo("BRETAGNE"));
    }

    @Test
    void wrongCredentialsAre401ProblemJsonWithAChallenge() {
        given().auth().preemptive().basic("ars-bretagne", "mauvais").get("/api/decisions")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic"));
        given().get("/api/decisions").then().statusCode(401).contentType("application/problem+json");
    }
}
