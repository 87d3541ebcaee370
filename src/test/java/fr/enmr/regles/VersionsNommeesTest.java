package fr.enmr.regles;

import static fr.enmr.metriques.MetriquesLues.metriques;
import static fr.enmr.metriques.MetriquesLues.valeur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.enmr.securite.Comptes;
import fr.enmr.store.StoredActive;
import fr.enmr.store.VersionsReglesStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Versions named for people (« v7 du 07/12/2026 — motif »), numbered in the order they were created from the store alone;
 * a publication interrupted between the pointer and the states; the workshop's metrics on /q/metrics.
 */
@QuarkusTest
class VersionsNommeesTest {

    @Inject
    VersionsReglesStore store;

    @Inject
    VersionsService versions;

    @Test
    void versionsAreNumberedInCreationOrderAndNamedWithTheirDateAndReason() {
        String actif = VersionsApiSuite.actif();
        JsonPath premier = VersionsApiSuite.brouillon(Comptes.analyste(), actif, VersionsApiSuite.drlCommente(actif)).then().statusCode(201)
                .extract().jsonPath();
        JsonPath second = VersionsApiSuite.brouillon(Comptes.analyste(), actif, VersionsApiSuite.drlCommente(actif)).then().statusCode(201)
                .extract().jsonPath();
        int numero = premier.getInt("numero");
        assertThat(numero).isGreaterThan(1); // the packaged rules came first
        assertThat(second.getInt("numero")).isEqualTo(numero + 1);
        String jour = ZonedDateTime.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(second.getString("libelle")).isEqualTo("v" + (numero + 1) + " du " + jour + " — " + second.getString("motif"));

        // the same number in the list, on a read, and for every role through …/nom (the decisions page shows it to ARS agents)
        List<Map<String, Object>> liste = Comptes.analyste().queryParam("taille", "100").get("/api/regles/versions").then().statusCode(200)
                .extract().jsonPath().getList("versions");
        assertThat(liste).filteredOn(v -> premier.getString("id").equals(v.get("id"))).extracting(v -> v.get("numero")).containsExactly(numero);
        assertThat(liste.get(liste.size() - 1).get("numero")).isEqualTo(1);
        Comptes.agentArs("BRETAGNE").get("/api/regles/versions/" + second.getString("id") + "/nom").then().statusCode(200)
                .body("numero", equalTo(numero + 1)).body("libelle", equalTo(second.getString("libelle")))
                .body("empreinte", equalTo(second.getString("empreinte")));
        Comptes.agentArs("BRETAGNE").get("/api/regles/versions/01KAAAAAAAAAAAAAAAAAAAAAAA/nom").then().statusCode(404)
                .contentType("application/problem+json");
        Comptes.agentArs("BRETAGNE").get("/api/regles/versions/" + second.getString("id")).then().statusCode(403);
    }

    /** What a crash right after the pointer's write leaves: reads show one active version, and start-up puts the states right. */
    @Test
    void aPublicationInterruptedAfterThePointerLeavesExactlyOneActiveVersion() {
        String ancienne = VersionsApiSuite.actif();
        String nouvelle = VersionsApiSuite.brouillon(Comptes.analyste(), ancienne, VersionsApiSuite.drlCommente(ancienne)).then()
                .statusCode(201).extract().jsonPath().getString("id");
        Comptes.analyste().post("/api/regles/versions/" + nouvelle + "/soumission").then().statusCode(200);
        try {
            StoredActive pointeur = store.active().orElseThrow();
            // the one write of the approval, and nothing after it
            assertThat(store.activer(pointeur, new StoredActive(VersionsReglesStore.CLE_ACTIVE, nouvelle, System.currentTimeMillis(),
                    "analyste-2", "APPROBATION"))).isTrue();
            assertThat(store.find(ancienne).orElseThrow().etat()).isEqualTo("PUBLIEE");
            assertThat(store.find(nouvelle).orElseThrow().etat()).isEqualTo("SOUMISE");

            assertThat(VersionsApiSuite.actif()).isEqualTo(nouvelle);
            Comptes.analyste().get("/api/regles/versions/" + ancienne).then().body("etat", equalTo("REMPLACEE"));
            Comptes.analyste().get("/api/regles/versions/" + nouvelle).then().body("etat", equalTo("PUBLIEE"))
                    .body("approbateur", equalTo("analyste-2"));

            versions.reconcilier(); // what start-up does
            assertThat(store.find(ancienne).orElseThrow().etat()).isEqualTo("REMPLACEE");
            assertThat(store.find(nouvelle).orElseThrow().etat()).isEqualTo("PUBLIEE");
            assertThat(store.find(nouvelle).orElseThrow().approbateur()).isEqualTo("analyste-2");
        } finally {
            Comptes.analyste().contentType("application/json").body(Map.of("motif", "remise en état après le test"))
                    .post("/api/regles/versions/" + ancienne + "/reactivation").then().statusCode(200);
        }
    }

    @Test
    void theWorkshopsRefusalsAreCountedByTheirReasonAndPublicationsAndTheActiveVersionAreMeasured() {
        String actif = VersionsApiSuite.actif();
        String id = VersionsApiSuite.brouillon(Comptes.analyste(), actif, VersionsApiSuite.drlCommente(actif)).then().statusCode(201)
                .extract().jsonPath().getString("id");
        Comptes.analyste().post("/api/regles/versions/" + id + "/soumission").then().statusCode(200);
        Map<String, String> quatreYeux = Map.of("statut", "403", "motif", "Quatre yeux");
        Map<String, String> approbation = Map.of("action", "approbation");
        String avant = metriques();

        Comptes.analyste().post("/api/regles/versions/" + id + "/approbation").then().statusCode(403);
        JsonPath publiee = Comptes.analyste2().post("/api/regles/versions/" + id + "/approbation").then().statusCode(200).extract().jsonPath();
        try {
            String apres = metriques();
            assertThat(valeur(apres, "enmr_refus_total", quatreYeux)).isEqualTo(valeur(avant, "enmr_refus_total", quatreYeux) + 1);
            assertThat(valeur(apres, "enmr_regles_publications_total", approbation))
                    .isEqualTo(valeur(avant, "enmr_regles_publications_total", approbation) + 1);
            assertThat(valeur(apres, "enmr_regles_version_active", Map.of())).isEqualTo(publiee.getInt("numero"));
        } finally {
            Comptes.analyste().contentType("application/json").body(Map.of("motif", "remise en état après le test"))
                    .post("/api/regles/versions/" + actif + "/reactivation").then().statusCode(200);
        }
        assertThat(valeur(metriques(), "enmr_regles_version_active", Map.of()))
                .isEqualTo(Comptes.analyste().get("/api/regles/versions/" + actif).jsonPath().getInt("numero"));
    }

}
