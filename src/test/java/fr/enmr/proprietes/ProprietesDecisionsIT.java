package fr.enmr.proprietes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.emballe.ServiceEmballe;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based tests against the packaged service (jqwik, fixed seeds, 1,000 tries each; a longer
 * run is described in README "Property-based tests"). Valid dossiers
 * never give a 5xx and keep the business invariants; mutated ones always give a 4xx and store nothing.
 */
class ProprietesDecisionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MOT_DE_PASSE = "test-enmr";

    private static ServiceEmballe service;

    @BeforeContainer
    static void demarrer() throws Exception {
        service = ServiceEmballe.demarrer("proprietes", ServiceEmballe.portLibre(), Map.of(
                "enmr.echantillons.charger", "false",
                "enmr.store.chemin", java.nio.file.Files.createTempDirectory("enmr-proprietes").toString(),
                "enmr.securite.utilisateurs", "src/test/resources/utilisateurs-test.properties",
                "quarkus.log.level", "WARN"));
    }

    @AfterContainer
    static void arreter() throws Exception {
        service.close();
    }

    @Provide
    Arbitrary<Map<String, Object>> dossiers() {
        return Dossiers.valides();
    }

    @Property(tries = 1000, seed = "20140228")
    void validDossiersAreDecidedWithTheBusinessInvariants(@ForAll("dossiers") Map<String, Object> dossier) throws Exception {
        HttpResponse<String> reponse = poster(dossier);

        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(201);
        JsonNode d = JSON.readTree(reponse.body());
        BigDecimal m1 = d.path("module1").path("montant").decimalValue();
        BigDecimal m2 = d.path("module2").path("montant").decimalValue();
        assertThat(m1).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(m2).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        d.path("module2").path("programmes").forEach(p -> assertThat(p.path("montant").decimalValue()).isGreaterThanOrEqualTo(BigDecimal.ZERO));
        assertThat(d.path("total").decimalValue()).isEqualByComparingTo(m1.add(m2));
        assertThat(d.path("criteres")).hasSize(5);
        if (!d.path("eligible").asBoolean()) {
            assertThat(m1).isZero();
            assertThat(m2).isZero();
        }
    }

    @Property(tries = 1000, seed = "20100101")
    void morePatientsNeverLowerPartA(@ForAll("dossiers") Map<String, Object> dossier,
            @ForAll("supplements") int supplement) throws Exception {
        BigDecimal avant = module1(dossier).path("partA").decimalValue();
        Map<String, Object> plus = copie(dossier);
        @SuppressWarnings("unchecked")
        Map<String, Object> patientele = new LinkedHashMap<>((Map<String, Object>) plus.get("patientele"));
        patientele.put("adultesMedecinTraitant", (Integer) patientele.get("adultesMedecinTraitant") + supplement);
        plus.put("patientele", patientele);

        assertThat(module1(plus).path("partA").decimalValue()).isGreaterThanOrEqualTo(avant);
    }

    @Provide
    Arbitrary<Integer> supplements() {
        return Arbitraries.integers().between(1, 5000);
    }

    @Provide
    Arbitrary<Map<String, Object>> lignes() {
        return Dossiers.ligneAdherente();
    }

    @Property(tries = 1000, seed = "20080701")
    void moreAdherentProfessionalsNeverLowerPartB(@ForAll("dossiers") Map<String, Object> dossier,
            @ForAll("lignes") Map<String, Object> ligne) throws Exception {
        BigDecimal avant = module1(dossier).path("partB").decimalValue();
        Map<String, Object> plus = copie(dossier);
        @SuppressWarnings("unchecked")
        List<Object> professionnels = new ArrayList<>((List<Object>) plus.get("professionnels"));
        professionnels.add(ligne);
        plus.put("professionnels", professionnels);

        assertThat(module1(plus).path("partB").decimalValue()).isGreaterThanOrEqualTo(avant);
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(Mutation.class);
    }

    @Property(tries = 1000, seed = "20150223")
    void mutatedDossiersAreRefusedWith4xxAndNothingIsStored(@ForAll("dossiers") Map<String, Object> dossier,
            @ForAll("mutations") Mutation mutation) throws Exception {
        long avant = nombreDeDecisions();
        String corps = mutation.appliquer(copie(dossier), JSON);

        HttpResponse<String> reponse = service.envoyer("POST", "/api/decisions", agent(dossier), MOT_DE_PASSE, corps);

        assertThat(reponse.statusCode()).as(mutation + " → " + reponse.body()).isBetween(400, 499);
        assertThat(reponse.body()).doesNotContain("Exception").doesNotContain("at fr.enmr").doesNotContain("java.");
        assertThat(JSON.readTree(reponse.body()).path("status").asInt()).isEqualTo(reponse.statusCode());
        assertThat(nombreDeDecisions()).isEqualTo(avant);
    }

    private static HttpResponse<String> poster(Map<String, Object> dossier) throws Exception {
        return service.envoyer("POST", "/api/decisions", agent(dossier), MOT_DE_PASSE, JSON.writeValueAsString(dossier));
    }

    /** Module 1 as the DMN model computes it (analysts' endpoint: nothing stored). */
    private static JsonNode module1(Map<String, Object> dossier) throws Exception {
        HttpResponse<String> reponse = service.envoyer("POST", "/enmr", "analyste", MOT_DE_PASSE, JSON.writeValueAsString(dossier));
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(200);
        return JSON.readTree(reponse.body()).path("Décision").path("module1");
    }

    private static long nombreDeDecisions() throws Exception {
        HttpResponse<String> reponse = service.envoyer("GET", "/api/decisions?taille=1", "ministere", MOT_DE_PASSE, null);
        return JSON.readTree(reponse.body()).path("total").asLong();
    }

    /** The ARS agent of the dossier's region (test users: ars-<region>). */
    @SuppressWarnings("unchecked")
    private static String agent(Map<String, Object> dossier) {
        Object region = ((Map<String, Object>) dossier.getOrDefault("structure", Collections.emptyMap())).get("region");
        return "ars-" + String.valueOf(region).toLowerCase().replace('_', '-');
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copie(Map<String, Object> dossier) {
        return JSON.convertValue(dossier, LinkedHashMap.class);
    }
}
