package fr.enmr.allocation.rest;

import static fr.enmr.allocation.rest.ScenarioApiSuite.attendreLaFin;
import static fr.enmr.allocation.rest.ScenarioApiSuite.creer;
import static fr.enmr.allocation.rest.ScenarioApiSuite.petitScenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.enmr.allocation.scenario.ScenarioRepository;
import fr.enmr.allocation.scenario.Statut;
import fr.enmr.securite.Comptes;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * The ministry's levers on a scenario (scenario-api.md, « The ministry's levers »): candidates imposed in
 * or out, kept as imposed and explained with their reason, the price of those choices against the same
 * scenario solved without them, and every impossible imposition refused with a 400 naming it and nothing stored;
 * the same choices given to a CSV upload in its query ({@code imposes.retenus=REFERENCE:motif}) and refused as the JSON's.
 * Run against each store mode.
 */
abstract class ChoixImposesApiSuite {

    @Inject
    ScenarioRepository depot;

    /**
     * The small scenario (2 places, 100 000 €) with PET-E (Guyane) forced in and PET-C (Corse) forced out. Without
     * them the best is PET-B + PET-C (value 6 000 + 3 600, 95 000 €); with them, PET-B + PET-E (6 000 + 1 080, 60 000 €).
     */
    static String avecImposes(String imposes) {
        return petitScenario(2, 1).replace("\"dureeMaxSecondes\": 1}", "\"dureeMaxSecondes\": 1, \"imposes\": " + imposes + "}");
    }

    static final String GUYANE_DEDANS_CORSE_DEHORS = """
            {"retenus": [{"reference": "PET-E", "motif": "Engagement du ministre pour la Guyane"}],
             "exclus": [{"reference": "PET-C", "motif": "Dossier incomplet à la date de sélection"}]}""";

    @Test
    void imposedChoicesAreKeptExplainedAndPriced() {
        String location = creer(avecImposes(GUYANE_DEDANS_CORSE_DEHORS));
        JsonPath fin = attendreLaFin(location, Duration.ofSeconds(40));

        assertThat(fin.getString("statut")).isEqualTo("TERMINE");
        assertThat(fin.getList("resultat.retenus")).containsExactly("PET-B", "PET-E");
        assertThat(fin.getString("parametres.imposes.retenus[0].motif")).isEqualTo("Engagement du ministre pour la Guyane");
        assertThat(fin.getString("parametres.imposes.exclus[0].reference")).isEqualTo("PET-C");
        Map<String, Object> prix = fin.getMap("resultat.prixDesChoix");
        assertThat(new BigDecimal(prix.get("valeurSansImposes").toString())).isEqualByComparingTo("9600");
        assertThat(new BigDecimal(prix.get("valeur").toString())).isEqualByComparingTo("7080");
        assertThat(new BigDecimal(prix.get("ecart").toString())).isEqualByComparingTo("2520");
        assertThat(prix.get("placesSansImposes")).isEqualTo(2);
        assertThat(new BigDecimal(prix.get("coutSansImposes").toString())).isEqualByComparingTo("95000");
        assertThat(prix.get("statut")).isEqualTo("TERMINE");
        assertThat((String) prix.get("explication")).contains("les choix imposés coûtent 2\u202f520 patients pondérés")
                .contains("Chaque résolution a eu la durée du scénario (1 s de processeur au plus)");
        assertThat(fin.getString("resultat.tempsDeCalcul.explication")).contains("s de processeur");
        assertThat(fin.getInt("resultat.tempsDeCalcul.secondesDemandees")).isEqualTo(1);

        JsonPath dedans = Comptes.ministere().get(location + "/candidats/PET-E").then().statusCode(200).extract().jsonPath();
        assertThat(dedans.getBoolean("retenu")).isTrue();
        assertThat(dedans.getString("explication")).startsWith("Retenu : imposé par le ministère (motif : « Engagement du ministre pour la Guyane »).");
        assertThat(dedans.getString("impose.choix")).isEqualTo("retenu");
        assertThat(dedans.getString("impose.motif")).isEqualTo("Engagement du ministre pour la Guyane");
        assertThat(dedans.getList("contraintes.nom")).contains("Choix imposé");
        JsonPath dehors = Comptes.ministere().get(location + "/candidats/PET-C").then().statusCode(200).extract().jsonPath();
        assertThat(dehors.getBoolean("retenu")).isFalse();
        assertThat(dehors.getString("explication")).startsWith("Non retenu : exclu par le ministère (motif : « Dossier incomplet à la date de sélection »).");
        assertThat(dehors.getString("impose.choix")).isEqualTo("exclu");
        assertThat(List.of(dehors.getInt("patienteleRetenue"), dehors.getBoolean("zoneFragile"), dehors.getInt("rangArs")))
                .as("the candidate as the scenario took it (defaults applied), to be sent again").containsExactly(2000, true, 1);
        JsonPath libre = Comptes.ministere().get(location + "/candidats/PET-A").then().statusCode(200).extract().jsonPath();
        assertThat(libre.getMap("$")).doesNotContainKey("impose");
        assertThat(libre.getString("explication")).as("a forced-in team is never offered as an exchange").doesNotContain("PET-E ");

        String id = location.substring(location.lastIndexOf('/') + 1);
        var stocke = depot.find(id).orElseThrow();
        assertThat(stocke.avancement().statut()).isEqualTo(Statut.TERMINE);
        assertThat(stocke.avancement().sansImposes().retenus()).containsExactly("PET-B", "PET-C");
        assertThat(stocke.scenario().parametres().choixImposes().exclus()).hasSize(1);
    }

    @Test
    void aScenarioWithoutImpositionsHasNoPriceOfChoices() {
        JsonPath fin = attendreLaFin(creer(petitScenario(2, 1)), Duration.ofSeconds(20));

        assertThat(fin.getMap("resultat")).doesNotContainKey("prixDesChoix");
        assertThat(fin.getMap("parametres")).doesNotContainKey("imposes");
        assertThat(fin.getDouble("resultat.tempsDeCalcul.secondesProcesseur")).isPositive();
    }

    static Stream<Arguments> impositionsImpossibles() {
        String motif = ", \"motif\": \"m\"}";
        return Stream.of(
                Arguments.of("plus d'imposés que de places", "{\"retenus\": [{\"reference\": \"PET-A\"" + motif + ", {\"reference\": \"PET-C\"" + motif
                        + ", {\"reference\": \"PET-E\"" + motif + "]}", "parametres.imposes.retenus", "3 candidats imposés pour 2 places"),
                Arguments.of("imposés au-delà de l'enveloppe", "{\"retenus\": [{\"reference\": \"PET-A\"" + motif + ", {\"reference\": \"PET-B\"" + motif + "]}",
                        "parametres.imposes.retenus", "plus que l'enveloppe"),
                Arguments.of("imposé non éligible", "{\"retenus\": [{\"reference\": \"PET-D\"" + motif + "]}", "parametres.imposes.retenus[0].reference",
                        "n'est pas éligible"),
                Arguments.of("retenu et exclu", "{\"retenus\": [{\"reference\": \"PET-A\"" + motif + "], \"exclus\": [{\"reference\": \"PET-A\"" + motif + "]}",
                        "parametres.imposes.exclus[0].reference", "à la fois retenu et exclu"),
                Arguments.of("référence inconnue (retenus)", "{\"retenus\": [{\"reference\": \"PAS-LA\"" + motif + "]}", "parametres.imposes.retenus[0].reference",
                        "n'est pas un candidat du scénario"),
                Arguments.of("référence inconnue (exclus)", "{\"exclus\": [{\"reference\": \"PAS-LA\"" + motif + "]}", "parametres.imposes.exclus[0].reference",
                        "n'est pas un candidat du scénario"),
                Arguments.of("motif absent", "{\"retenus\": [{\"reference\": \"PET-E\"}]}", "parametres.imposes.retenus[0].motif", "champ obligatoire"),
                Arguments.of("champ inconnu", "{\"forces\": []}", "parametres.imposes.forces", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impositionsImpossibles")
    void anImpossibleImpositionIsRefusedNamingItAndNothingIsStored(String cas, String imposes, String champ, String message) {
        long avant = stockes();

        Comptes.ministere().contentType("application/json").body(avecImposes(imposes)).post("/api/scenarios")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem(champ))
                .body("violations.message", hasItem(org.hamcrest.Matchers.containsString(message)));

        assertThat(stockes()).as("nothing stored").isEqualTo(avant);
    }

    @Test
    void forcedInTeamsOfARegionBeyondItsMaximumAreRefused() {
        String corps = avecImposes("{\"retenus\": [{\"reference\": \"PET-A\", \"motif\": \"m\"}, {\"reference\": \"PET-E\", \"motif\": \"m\"}]}")
                .replace("\"enveloppe\": 100000", "\"enveloppe\": 100000, \"maximumParRegion\": {\"GUYANE\": 0}");
        long avant = stockes();

        Comptes.ministere().contentType("application/json").body(corps).post("/api/scenarios")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("parametres.imposes.retenus"))
                .body("violations.message", hasItem(org.hamcrest.Matchers.containsString("1 candidats imposés en Guyane, au-delà de son maximum de 0")));
        assertThat(stockes()).isEqualTo(avant);
    }

    /** The candidates of {@link ScenarioApiSuite#petitScenario} as a CSV file (the parameters go in the query). */
    static final String PETIT_CSV = """
            reference;nom;region;cout;patienteleRetenue;zoneFragile;rangArs;eligible
            PET-A;MSP A;BRETAGNE;45950,00;3350;false;1;true
            PET-B;;BRETAGNE;55000,00;5000;false;1;true
            PET-C;;CORSE;40000,00;2000;true;1;true
            PET-D;;CORSE;10000,00;9000;false;1;false
            PET-E;;GUYANE;5000,00;900;false;1;true
            """;

    /** The small scenario sent as CSV: 2 places, 100 000 €, 1 s, and these query parameters (name, value, name, value…). */
    static RequestSpecification enCsv(String... requete) {
        RequestSpecification demande = Comptes.ministere().contentType("text/csv").body(PETIT_CSV).queryParam("places", 2)
                .queryParam("enveloppe", 100000).queryParam("dureeMaxSecondes", 1);
        for (int i = 0; i < requete.length; i += 2) {
            demande = demande.queryParam(requete[i], requete[i + 1]);
        }
        return demande;
    }

    @Test
    void aCsvUploadTakesImposedChoicesFromTheQuery() {
        String location = enCsv("imposes.retenus", "PET-E:Engagement du ministre pour la Guyane : « priorité »",
                "imposes.exclus", " PET-C : Dossier incomplet à la date de sélection ")
                .post("/api/scenarios").then().statusCode(202).extract().header("Location");
        JsonPath fin = attendreLaFin(location, Duration.ofSeconds(40));

        assertThat(fin.getString("statut")).isEqualTo("TERMINE");
        assertThat(fin.getList("resultat.retenus")).containsExactly("PET-B", "PET-E");
        assertThat(fin.getString("parametres.imposes.retenus[0].reference")).isEqualTo("PET-E");
        assertThat(fin.getString("parametres.imposes.retenus[0].motif")).as("split at the first colon only")
                .isEqualTo("Engagement du ministre pour la Guyane : « priorité »");
        assertThat(fin.getString("parametres.imposes.exclus[0].reference")).isEqualTo("PET-C");
        assertThat(fin.getString("parametres.imposes.exclus[0].motif")).isEqualTo("Dossier incomplet à la date de sélection");
        assertThat(new BigDecimal(fin.getString("resultat.prixDesChoix.ecart"))).isEqualByComparingTo("2520");
        assertThat(new BigDecimal(fin.getString("resultat.prixDesChoix.ecartCout"))).isEqualByComparingTo("-35000");
        Comptes.ministere().get(location + "/candidats/PET-C").then().statusCode(200)
                .body("explication", org.hamcrest.Matchers.startsWith("Non retenu : exclu par le ministère (motif : « Dossier incomplet à la date de sélection »)."));
    }

    /** Each case: the query parameters of the CSV upload, then the same choices in JSON, and the field both must name. */
    static Stream<Arguments> impositionsCsv() {
        return Stream.of(
                Arguments.of("plus d'imposés que de places", List.of("imposes.retenus", "PET-A:m", "imposes.retenus", "PET-C:m", "imposes.retenus", "PET-E:m"),
                        "{\"retenus\": [{\"reference\": \"PET-A\", \"motif\": \"m\"}, {\"reference\": \"PET-C\", \"motif\": \"m\"}, "
                                + "{\"reference\": \"PET-E\", \"motif\": \"m\"}]}", "parametres.imposes.retenus"),
                Arguments.of("imposés au-delà de l'enveloppe", List.of("imposes.retenus", "PET-A:m", "imposes.retenus", "PET-B:m"),
                        "{\"retenus\": [{\"reference\": \"PET-A\", \"motif\": \"m\"}, {\"reference\": \"PET-B\", \"motif\": \"m\"}]}",
                        "parametres.imposes.retenus"),
                Arguments.of("imposé non éligible", List.of("imposes.retenus", "PET-D:m"),
                        "{\"retenus\": [{\"reference\": \"PET-D\", \"motif\": \"m\"}]}", "parametres.imposes.retenus[0].reference"),
                Arguments.of("retenu et exclu", List.of("imposes.retenus", "PET-A:m", "imposes.exclus", "PET-A:m"),
                        "{\"retenus\": [{\"reference\": \"PET-A\", \"motif\": \"m\"}], \"exclus\": [{\"reference\": \"PET-A\", \"motif\": \"m\"}]}",
                        "parametres.imposes.exclus[0].reference"),
                Arguments.of("référence inconnue (exclus, second)", List.of("imposes.exclus", "PET-A:m", "imposes.exclus", "PAS-LA:m"),
                        "{\"exclus\": [{\"reference\": \"PET-A\", \"motif\": \"m\"}, {\"reference\": \"PAS-LA\", \"motif\": \"m\"}]}",
                        "parametres.imposes.exclus[1].reference"),
                Arguments.of("sans motif (pas de deux-points)", List.of("imposes.retenus", "PET-E"),
                        "{\"retenus\": [{\"reference\": \"PET-E\"}]}", "parametres.imposes.retenus[0].motif"),
                Arguments.of("motif vide", List.of("imposes.exclus", "PET-E: "),
                        "{\"exclus\": [{\"reference\": \"PET-E\", \"motif\": \"\"}]}", "parametres.imposes.exclus[0].motif"),
                Arguments.of("sans référence", List.of("imposes.retenus", ":Engagement"),
                        "{\"retenus\": [{\"reference\": \"\", \"motif\": \"Engagement\"}]}", "parametres.imposes.retenus[0].reference"),
                Arguments.of("motif trop long", List.of("imposes.retenus", "PET-E:" + "m".repeat(501)),
                        "{\"retenus\": [{\"reference\": \"PET-E\", \"motif\": \"" + "m".repeat(501) + "\"}]}", "parametres.imposes.retenus[0].motif"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impositionsCsv")
    void aCsvUploadsImpositionsAreRefusedExactlyAsTheJsonsAndNothingIsStored(String cas, List<String> requete, String imposes, String champ) {
        long avant = stockes();

        List<Map<String, String>> json = Comptes.ministere().contentType("application/json").body(avecImposes(imposes)).post("/api/scenarios")
                .then().statusCode(400).extract().path("violations");
        List<Map<String, String>> csv = enCsv(requete.toArray(String[]::new)).post("/api/scenarios")
                .then().statusCode(400).contentType("application/problem+json").extract().path("violations");

        assertThat(csv).as("the same problems, named the same").containsExactlyInAnyOrderElementsOf(json)
                .extracting(v -> v.get("champ")).contains(champ);
        assertThat(stockes()).as("nothing stored").isEqualTo(avant);
    }

    @Test
    void anUnknownImpositionParameterIsNamed() {
        enCsv("imposes.forces", "PET-E:m").post("/api/scenarios").then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("imposes.forces"))
                .body("violations.message", hasItem("paramètre inconnu du contrat"));
    }

    private static long stockes() {
        return Comptes.ministere().get("/api/scenarios").then().statusCode(200).extract().<Number>path("total").longValue();
    }
}
