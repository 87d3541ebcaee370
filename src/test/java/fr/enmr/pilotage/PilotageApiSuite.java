package fr.enmr.pilotage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import fr.enmr.dossier.echantillon.JsonDossiers;
import fr.enmr.securite.Comptes;
import fr.enmr.store.StoreCache;
import fr.enmr.store.StoreCaches;
import fr.enmr.store.StoredAggregate;
import fr.enmr.store.StoredSummary;
import fr.enmr.store.Syntheses;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * GET /api/pilotage against a direct computation over GET /api/decisions for the same data: the latest decision of
 * each reference, ineligible sites at 0 €, every region present. Run in both store modes by PilotageApiTest
 * (embedded) and PilotageApiDistantTest (remote). Dossiers of ENMR_2010 with references unique to the run, so a store
 * kept from earlier runs only adds decisions the direct computation also reads.
 */
public abstract class PilotageApiSuite {

    private static final ObjectMapper JSON = JsonDossiers.mapper();
    /** Amounts read as BigDecimal, not float (rest-assured's default loses cents on millions). */
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final String CAMPAGNE = "ENMR_2010";
    private static final int ANNEE = 2010;
    private static boolean poste;

    @Inject
    RepriseSyntheses reprise;

    @Inject
    StoreCaches caches;

    @Inject
    Syntheses syntheses;
    private static String prefixe;

    @BeforeEach
    void posterLesDossiers() throws Exception {
        if (poste) {
            return;
        }
        prefixe = "PIL" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + "-";
        List<Dossier> dossiers = new GenerateurDossiers().generer(13, 60, Campagne.ENMR_2010);
        for (int i = 0; i < dossiers.size(); i++) {
            ObjectNode dossier = JSON.valueToTree(dossiers.get(i));
            dossier.put("reference", prefixe + i);
            dossier.put("annee", ANNEE);
            poster(dossier);
            if (i % 5 == 0) { // decided again with another patientèle: only this latest decision counts
                ((ObjectNode) dossier.with("patientele")).put("adultesMedecinTraitant", 1000 + 150 * i);
                poster(dossier);
            }
        }
        poste = true;
    }

    private static JsonPath poster(ObjectNode dossier) throws Exception {
        return Comptes.agentArs(dossier.path("structure").path("region").asText()).contentType("application/json")
                .body(JSON.writeValueAsString(dossier)).post("/api/decisions").then().statusCode(201).extract().jsonPath().using(EXACT);
    }

    @Test
    void theFiguresAreThoseOfTheLatestDecisionOfEachReferenceAsListedByTheDecisionsApi() {
        Attendu attendu = Attendu.depuisLesDecisions(CAMPAGNE, ANNEE);
        JsonPath tableau = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE)
                .get("/api/pilotage").then().statusCode(200).contentType("application/json").extract().jsonPath().using(EXACT);

        assertThat(tableau.getLong("sites")).isEqualTo(attendu.national.sites);
        assertThat(tableau.getLong("eligibles")).isEqualTo(attendu.national.eligibles);
        assertThat(euros(tableau, "module1.partA")).isEqualByComparingTo(attendu.national.partA);
        assertThat(euros(tableau, "module1.partB")).isEqualByComparingTo(attendu.national.partB);
        assertThat(euros(tableau, "module1.montant")).isEqualByComparingTo(attendu.national.module1);
        assertThat(tableau.getLong("module2.programmes")).isEqualTo(attendu.national.programmes);
        assertThat(tableau.getLong("module2.patients")).isEqualTo(attendu.national.patients);
        assertThat(euros(tableau, "module2.montant")).isEqualByComparingTo(attendu.national.module2);
        assertThat(euros(tableau, "total")).isEqualByComparingTo(attendu.national.total);
        assertThat(euros(tableau, "moyenneParSiteEligible")).isEqualByComparingTo(
                attendu.national.total.divide(BigDecimal.valueOf(attendu.national.eligibles), 2, java.math.RoundingMode.HALF_UP));
        assertThat(comptes(tableau, "criteresNonSatisfaits")).isEqualTo(attendu.national.criteres);
        assertThat(comptes(tableau, "constats")).isEqualTo(attendu.national.constats);
        assertThat(tableau.getDouble("tauxAtteinte.moyen")).isCloseTo(attendu.national.sommeTaux / attendu.national.eligibles,
                org.assertj.core.data.Offset.offset(0.00006));
        assertThat(tableau.getList("tauxAtteinte.repartition.sites", Integer.class).stream().map(Long::valueOf).toList())
                .isEqualTo(attendu.national.tranches());
        assertThat(tableau.getList("parRegion.region")).hasSize(26);
        for (String region : Region.VALEURS) {
            Chiffres r = attendu.parRegion.getOrDefault(region, new Chiffres()); // a region without decisions: zeros
            String chemin = "parRegion.find { it.region == '" + region + "' }.";
            assertThat(tableau.getLong(chemin + "sites")).as(region).isEqualTo(r.sites);
            assertThat(tableau.getLong(chemin + "eligibles")).as(region).isEqualTo(r.eligibles);
            assertThat(euros(tableau, chemin + "total")).as(region).isEqualByComparingTo(r.total);
            assertThat(comptes(tableau, chemin + "criteresNonSatisfaits")).as(region).isEqualTo(r.criteres);
            assertThat(comptes(tableau, chemin + "constats")).as(region).isEqualTo(r.constats);
        }
        String evolution = "evolution.find { it.campagne == '" + CAMPAGNE + "' && it.annee == " + ANNEE + " }.";
        assertThat(tableau.getLong(evolution + "sites")).isEqualTo(attendu.national.sites);
        assertThat(euros(tableau, evolution + "total")).isEqualByComparingTo(attendu.national.total);
    }

    @Test
    void module1IsPartAPlusPartBLessTheConditionalShareNotPaidNationallyAndByRegionAsTheStoreAggregatesSay() {
        JsonPath tableau = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE).get("/api/pilotage")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        List<StoredAggregate> agregats = syntheses.agregats(new Syntheses.Perimetre(CAMPAGNE, ANNEE, null));

        verifierModule1(tableau, "", agregats);
        // some sites missed objectives: otherwise the breakdown would prove nothing
        assertThat(euros(tableau, "module1.partConditionnelleNonVersee")).isPositive();
        BigDecimal lignesModule1 = BigDecimal.ZERO;
        for (String region : tableau.getList("parRegion.region", String.class)) {
            String chemin = "parRegion.find { it.region == '" + region + "' }.";
            verifierModule1(tableau, chemin, agregats.stream().filter(a -> a.region().equals(region)).toList());
            lignesModule1 = lignesModule1.add(euros(tableau, chemin + "module1.montant"));
        }
        assertThat(lignesModule1).as("the regions' rows add up to the national Module 1").isEqualByComparingTo(euros(tableau, "module1.montant"));
    }

    /** A Module 1 (national or a region's row) that adds up, equal to the sums of the store's aggregates for the same scope. */
    private static void verifierModule1(JsonPath tableau, String chemin, List<StoredAggregate> agregats) {
        BigDecimal partA = euros(tableau, chemin + "module1.partA");
        BigDecimal partB = euros(tableau, chemin + "module1.partB");
        BigDecimal nonVersee = euros(tableau, chemin + "module1.partConditionnelleNonVersee");
        BigDecimal montant = euros(tableau, chemin + "module1.montant");
        String ou = chemin.isEmpty() ? "national" : chemin;
        assertThat(partA.add(partB).subtract(nonVersee)).as("%s: part A + part B − unpaid conditional share", ou).isEqualByComparingTo(montant);
        assertThat(montant.add(euros(tableau, chemin + "module2.montant"))).as("%s: Module 1 + Module 2", ou)
                .isEqualByComparingTo(euros(tableau, chemin + "total"));
        assertThat(partA).as(ou).isEqualByComparingTo(centimes(agregats, StoredAggregate::partA));
        assertThat(partB).as(ou).isEqualByComparingTo(centimes(agregats, StoredAggregate::partB));
        assertThat(montant).as(ou).isEqualByComparingTo(centimes(agregats, StoredAggregate::montantModule1));
        assertThat(euros(tableau, chemin + "module2.montant")).as(ou).isEqualByComparingTo(centimes(agregats, StoredAggregate::montantModule2));
    }

    private static BigDecimal centimes(List<StoredAggregate> agregats, java.util.function.ToLongFunction<StoredAggregate> champ) {
        return BigDecimal.valueOf(agregats.stream().mapToLong(champ).sum(), 2);
    }

    @Test
    void theCampaignOf2010LeavesOutsideItsSixRegionsSitesThatAreIneligibleAndAtZero() {
        JsonPath tableau = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE).get("/api/pilotage").jsonPath().using(EXACT);
        String alsace = "parRegion.find { it.region == 'ALSACE' }."; // not one of the first wave's regions
        assertThat(tableau.getLong(alsace + "eligibles")).isZero();
        assertThat(euros(tableau, alsace + "total")).isEqualByComparingTo(BigDecimal.ZERO);
        long sitesAlsace = tableau.getLong(alsace + "sites");
        assertThat(tableau.getMap(alsace + "criteresNonSatisfaits").get("REGION")).isEqualTo(sitesAlsace == 0 ? null : (int) sitesAlsace);
    }

    @Test
    void aCriterionOrAFindingListsTheLatestDecisionsBehindItsCount() {
        JsonPath tableau = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE).get("/api/pilotage").jsonPath().using(EXACT);
        Map<String, Long> criteres = comptes(tableau, "criteresNonSatisfaits");
        Map<String, Long> constats = comptes(tableau, "constats");
        assertThat(criteres).isNotEmpty();
        assertThat(constats).isNotEmpty();
        criteres.forEach((code, n) -> assertThat(derrieres("critere", code))
                .as("decisions behind the criterion %s", code).hasSize(n.intValue())
                .allSatisfy(d -> assertThat(d.getList("criteres.findAll { !it.satisfait }.code", String.class)).contains(code)));
        constats.forEach((code, n) -> assertThat(derrieres("constat", code))
                .as("decisions behind the finding %s", code).hasSize(n.intValue())
                .allSatisfy(d -> assertThat(d.getList("constats.code", String.class)).contains(code)));
    }

    private static String enJson(Object valeur) {
        try {
            return JSON.writeValueAsString(valeur);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every page of GET /api/decisions behind a dashboard count; each reference at most once. */
    private static List<JsonPath> derrieres(String filtre, String code) {
        List<JsonPath> decisions = new ArrayList<>();
        long total;
        int page = 0;
        do {
            JsonPath reponse = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE).queryParam(filtre, code)
                    .queryParam("taille", 100).queryParam("page", page++).get("/api/decisions").then().statusCode(200).extract().jsonPath();
            total = reponse.getLong("total");
            for (Object decision : reponse.getList("decisions")) {
                decisions.add(JsonPath.from(enJson(decision)));
            }
        } while (decisions.size() < total && page < 100);
        assertThat(decisions).as("listed against the total announced").hasSize((int) total);
        assertThat(decisions.stream().map(d -> d.getString("reference")).distinct()).hasSize(decisions.size());
        decisions.forEach(d -> assertThat(d.getInt("annee")).isEqualTo(ANNEE));
        return decisions;
    }

    @Test
    void aReferenceDecidedAgainCountsOnceWithItsLatestDecision() throws Exception {
        JsonPath avant = bretagne2012();
        ObjectNode dossier = JSON.valueToTree(new GenerateurDossiers().generer(5, 1, Campagne.ENMR_2010).get(0));
        dossier.put("reference", prefixe + "DEUX-FOIS");
        dossier.put("annee", 2012);
        ((ObjectNode) dossier.get("structure")).put("region", "BRETAGNE").put("type", "MAISON_DE_SANTE");
        JsonPath premiere = poster(dossier);
        JsonPath apresPremiere = bretagne2012();
        ((ObjectNode) dossier.get("structure")).put("type", "CABINET_DE_GROUPE"); // now ineligible: 0 €
        JsonPath seconde = poster(dossier);
        JsonPath apresSeconde = bretagne2012();

        assertThat(apresPremiere.getLong("sites")).isEqualTo(avant.getLong("sites") + 1);
        assertThat(euros(apresPremiere, "total")).isEqualByComparingTo(euros(avant, "total").add(euros(premiere, "total")));
        assertThat(apresSeconde.getLong("sites")).isEqualTo(apresPremiere.getLong("sites"));
        assertThat(apresSeconde.getLong("eligibles")).isEqualTo(avant.getLong("eligibles"));
        assertThat(euros(apresSeconde, "total")).isEqualByComparingTo(euros(avant, "total"));
        assertThat(comptes(apresSeconde, "criteresNonSatisfaits").get("TYPE_STRUCTURE"))
                .isEqualTo(comptes(avant, "criteresNonSatisfaits").getOrDefault("TYPE_STRUCTURE", 0L) + 1);
        // the decisions behind that count: the reference once, with its latest decision
        JsonPath derriere = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", 2012).queryParam("region", "BRETAGNE")
                .queryParam("critere", "TYPE_STRUCTURE").queryParam("reference", prefixe + "DEUX-FOIS").get("/api/decisions").jsonPath();
        assertThat(derriere.getList("decisions.id")).containsExactly(seconde.getString("id"));
    }

    @Test
    void aDecisionWhoseSummaryALostWriteLeftOutIsSummarisedAgain() throws Exception {
        ObjectNode dossier = JSON.valueToTree(new GenerateurDossiers().generer(7, 1, Campagne.ENMR_2010).get(0));
        dossier.put("reference", prefixe + "REPRISE");
        dossier.put("annee", 2012);
        ((ObjectNode) dossier.get("structure")).put("region", "BRETAGNE");
        String id = poster(dossier).getString("id");
        JsonPath avecResume = bretagne2012();
        String cle = StoredSummary.cle(CAMPAGNE, 2012, prefixe + "REPRISE");
        caches.cache(StoreCache.SYNTHESES.nom()).remove(cle); // as if the process had died between the decision and its summary
        syntheses.toutRecalculer(); // as at the next start-up
        assertThat(bretagne2012().getLong("sites")).isEqualTo(avecResume.getLong("sites") - 1);

        assertThat(reprise.reprendre()).isPositive();

        assertThat(caches.<StoredSummary>cache(StoreCache.SYNTHESES.nom()).get(cle).decisionId()).isEqualTo(id);
        assertThat(bretagne2012().getLong("sites")).isEqualTo(avecResume.getLong("sites"));
        assertThat(euros(bretagne2012(), "total")).isEqualByComparingTo(euros(avecResume, "total"));
    }

    private static JsonPath bretagne2012() {
        return Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", 2012).queryParam("region", "BRETAGNE")
                .get("/api/pilotage").then().statusCode(200).extract().jsonPath().using(EXACT);
    }

    @Test
    void anArsAgentSeesItsOwnRegionOnlyAndIsRefusedAnother() {
        JsonPath ministere = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE).queryParam("region", "BRETAGNE")
                .get("/api/pilotage").jsonPath().using(EXACT);
        JsonPath agent = Comptes.agentArs("BRETAGNE").queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE)
                .get("/api/pilotage").then().statusCode(200).body("region", equalTo("BRETAGNE"))
                .body("parRegion.region", containsInAnyOrder("BRETAGNE")).extract().jsonPath().using(EXACT);

        assertThat(agent.getLong("sites")).isEqualTo(ministere.getLong("sites"));
        assertThat(euros(agent, "total")).isEqualByComparingTo(euros(ministere, "total"));
        assertThat(agent.getList("evolution")).isEqualTo(ministere.getList("evolution"));
        Comptes.agentArs("BRETAGNE").queryParam("region", "BRETAGNE").get("/api/pilotage").then().statusCode(200);
        Comptes.agentArs("BRETAGNE").queryParam("region", "LORRAINE").get("/api/pilotage").then().statusCode(403)
                .contentType("application/problem+json");
        Comptes.agentArs("BRETAGNE").queryParam("region", "LORRAINE").get("/api/pilotage/tableaux.xlsx").then().statusCode(403);
        Comptes.analyste().get("/api/pilotage").then().statusCode(200).body("parRegion", hasSize(26));
        Comptes.admin().get("/api/pilotage").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/pilotage").then().statusCode(401);
    }

    @Test
    void badParametersAreNamed() {
        Comptes.ministere().queryParam("campagne", "enmr 2014").queryParam("annee", "deux-mille").queryParam("region", "Atlantide")
                .get("/api/pilotage").then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", containsInAnyOrder("campagne", "annee", "region"));
        // a campaign the rules in force do not have gives no default year: the year must be given
        Comptes.ministere().queryParam("campagne", "ENMR_2099").get("/api/pilotage").then().statusCode(400)
                .body("violations.champ", containsInAnyOrder("annee"));
        Comptes.ministere().queryParam("annee", "3000").get("/api/pilotage").then().statusCode(400).body("violations.champ", containsInAnyOrder("annee"));
        Comptes.ministere().queryParam("campagne", "ENMR_2099").get("/api/pilotage/tableaux/regions.csv").then().statusCode(400)
                .contentType("application/problem+json");
        Comptes.ministere().get("/api/pilotage/tableaux/inconnu.csv").then().statusCode(404).contentType("application/problem+json");
        Comptes.ministere().queryParam("critere", "projet de santé").queryParam("constat", "<x>").queryParam("annee", "deux-mille")
                .get("/api/decisions").then().statusCode(400).body("violations.champ", containsInAnyOrder("critere", "constat", "annee"));
    }

    @Test
    void everyTableIsExportedAsCsvAndTheWorkbookOpensWithTheSameFigures() throws Exception {
        JsonPath tableau = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE).get("/api/pilotage").jsonPath().using(EXACT);
        for (String nom : Tableaux.NOMS) {
            Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE).get("/api/pilotage/tableaux/" + nom + ".csv")
                    .then().statusCode(200).contentType(startsWith("text/csv"));
        }
        String regions = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE)
                .get("/api/pilotage/tableaux/regions.csv").asString();
        assertThat(regions.lines()).hasSize(27).first().asString().startsWith("\uFEFFCode;Région;Sites;");

        byte[] xlsx = Comptes.ministere().queryParam("campagne", CAMPAGNE).queryParam("annee", ANNEE).get("/api/pilotage/tableaux.xlsx")
                .then().statusCode(200).contentType(PilotageResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(classeur.getNumberOfSheets()).isEqualTo(Tableaux.NOMS.size());
            List<String> feuilles = new ArrayList<>();
            classeur.forEach(f -> feuilles.add(f.getSheetName()));
            assertThat(feuilles).containsExactly("Chiffres clés", "Par région", "Critères non satisfaits", "Constats",
                    "Taux d'atteinte (éligibles)", "Évolution par campagne");
            Sheet parRegion = classeur.getSheet("Par région");
            assertThat(parRegion.getLastRowNum()).isEqualTo(26);
            long sites = 0;
            double total = 0;
            for (Row ligne : parRegion) {
                if (ligne.getRowNum() > 0) {
                    assertThat(ligne.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                    sites += (long) ligne.getCell(2).getNumericCellValue();
                    total += ligne.getCell(4).getNumericCellValue();
                }
            }
            assertThat(sites).isEqualTo(tableau.getLong("sites"));
            assertThat(total).isCloseTo(euros(tableau, "total").doubleValue(), org.assertj.core.data.Offset.offset(0.005));
        }
    }

    private static BigDecimal euros(JsonPath json, String chemin) {
        return new BigDecimal(json.getString(chemin));
    }

    private static Map<String, Long> comptes(JsonPath json, String chemin) {
        Map<String, Long> comptes = new TreeMap<>();
        Map<String, Object> lus = json.getMap(chemin);
        lus.forEach((code, n) -> comptes.put(code, ((Number) n).longValue()));
        return comptes;
    }

    /** Figures computed here from GET /api/decisions (and each latest decision's dossier, for the patients). */
    static final class Chiffres {
        long sites;
        long eligibles;
        BigDecimal partA = BigDecimal.ZERO;
        BigDecimal partB = BigDecimal.ZERO;
        BigDecimal module1 = BigDecimal.ZERO;
        long programmes;
        long patients;
        BigDecimal module2 = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        double sommeTaux;
        long[] tranches = new long[10];
        Map<String, Long> criteres = new TreeMap<>();
        Map<String, Long> constats = new TreeMap<>();

        List<Long> tranches() {
            List<Long> liste = new ArrayList<>();
            for (long n : tranches) {
                liste.add(n);
            }
            return liste;
        }

        void ajouter(Map<String, Object> decision, Map<String, Object> dossier) {
            sites++;
            boolean eligible = (Boolean) decision.get("eligible");
            Map<String, Object> m1 = carte(decision.get("module1"));
            Map<String, Object> m2 = carte(decision.get("module2"));
            partA = partA.add(nombre(m1.get("partA")));
            partB = partB.add(nombre(m1.get("partB")));
            module1 = module1.add(nombre(m1.get("montant")));
            module2 = module2.add(nombre(m2.get("montant")));
            total = total.add(nombre(decision.get("total")));
            Map<String, Integer> patientsParProgramme = new HashMap<>();
            for (Object p : (List<?>) dossier.getOrDefault("programmesEtp", List.of())) {
                Map<String, Object> programme = carte(p);
                patientsParProgramme.put((String) programme.get("identifiant"),
                        programme.get("patientsProgrammeComplet") == null ? 0 : ((Number) programme.get("patientsProgrammeComplet")).intValue());
            }
            for (Object p : (List<?>) m2.get("programmes")) {
                Map<String, Object> programme = carte(p);
                if ((Boolean) programme.get("eligible")) {
                    programmes++;
                    patients += patientsParProgramme.getOrDefault(programme.get("identifiant"), 0);
                }
            }
            if (eligible) {
                eligibles++;
                double taux = nombre(m1.get("tauxAtteinte")).doubleValue();
                sommeTaux += taux;
                tranches[Math.max(0, Math.min(9, (int) Math.floor(taux * 10 + 1e-9)))]++;
            }
            for (Object c : (List<?>) decision.get("criteres")) {
                Map<String, Object> critere = carte(c);
                if (!(Boolean) critere.get("satisfait")) {
                    criteres.merge((String) critere.get("code"), 1L, Long::sum);
                }
            }
            ((List<?>) decision.get("constats")).stream().map(c -> (String) carte(c).get("code")).distinct()
                    .forEach(code -> constats.merge(code, 1L, Long::sum));
        }
    }

    /** The latest decision of each reference of one campaign and year, region by region, as the decisions API lists them. */
    static final class Attendu {
        final Chiffres national = new Chiffres();
        final Map<String, Chiffres> parRegion = new LinkedHashMap<>();

        static Attendu depuisLesDecisions(String campagne, int annee) {
            Attendu attendu = new Attendu();
            for (String region : Region.VALEURS) {
                Map<String, Map<String, Object>> dernieres = new LinkedHashMap<>();
                for (int page = 0;; page++) {
                    JsonPath liste = Comptes.ministere().queryParam("campagne", campagne).queryParam("region", region)
                            .queryParam("page", page).queryParam("taille", 100).get("/api/decisions").then().statusCode(200).extract().jsonPath().using(EXACT);
                    List<Map<String, Object>> decisions = liste.getList("decisions");
                    for (Map<String, Object> decision : decisions) { // newest first: the first seen of a reference is its latest
                        if (((Number) decision.get("annee")).intValue() == annee) {
                            dernieres.putIfAbsent((String) decision.get("reference"), decision);
                        }
                    }
                    if (decisions.size() < 100) {
                        break;
                    }
                }
                for (Map<String, Object> decision : dernieres.values()) {
                    Map<String, Object> dossier = Comptes.ministere().get("/api/decisions/" + decision.get("id")).jsonPath().using(EXACT).getMap("dossier");
                    attendu.national.ajouter(decision, dossier);
                    attendu.parRegion.computeIfAbsent(region, r -> new Chiffres()).ajouter(decision, dossier);
                }
            }
            return attendu;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> carte(Object valeur) {
        return (Map<String, Object>) valeur;
    }

    private static BigDecimal nombre(Object valeur) {
        return valeur == null ? BigDecimal.ZERO : new BigDecimal(valeur.toString());
    }
}
