package fr.enmr.regles.outils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.FichiersStockes;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.regles.OrigineVersion;
import fr.enmr.moteur.jeu.TypeFichier;
import fr.enmr.regles.VersionsService;
import fr.enmr.securite.Comptes;
import fr.enmr.store.ImpactsStore;
import fr.enmr.store.StoredImpact;
import fr.enmr.store.StoredVersion;
import fr.enmr.store.VersionsReglesStore;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The analysts' tools on stored versions, through the API: cases run against a version, differences between two
 * versions, and the impact of a version over every stored dossier (a job whose state lives in the store).
 * Run in both store modes.
 */
public abstract class OutilsVersionsSuite {

    private static final String PART_A_CLASSE_2 = "<outputEntry id=\"_expr_096\"><text>30000</text></outputEntry>";

    @Inject
    VersionsReglesStore versions;
    @Inject
    ImpactsStore impacts;
    @Inject
    VersionsService service;

    private String base;
    private String modifiee;

    /** The packaged rules as a version, and a draft of it with Part A's second class at 31 000 €, stored as the backend would. */
    @BeforeEach
    void versions() {
        JeuDeRegles livre = JeuDeRegles.livre();
        String dmn = livre.fichier("enmr.dmn").orElseThrow().contenu();
        assertThat(dmn).containsOnlyOnce(PART_A_CLASSE_2);
        JeuDeRegles change = livre.avec(List.of(new FichierRegles("enmr.dmn", TypeFichier.DMN, dmn.replace(PART_A_CLASSE_2,
                PART_A_CLASSE_2.replace("30000", "31000")))));
        base = stocker(livre, null);
        modifiee = stocker(change, base);
    }

    @Test
    void theCasesOfAVersionRunAgainstItAndTheCaseExpectingTheOldAmountFails() {
        Comptes.analyste().post("/api/regles/versions/" + base + "/essais").then().statusCode(200)
                .body("total", greaterThan(50)).body("echecs.size()", equalTo(0))
                .body("reussis", equalTo(Comptes.analyste().post("/api/regles/versions/" + base + "/essais").jsonPath().getInt("total")));

        JsonPath essais = Comptes.analyste().post("/api/regles/versions/" + modifiee + "/essais").then().statusCode(200).extract().jsonPath();

        assertThat(essais.getList("echecs.nom", String.class))
                .contains("bornes-module1.json — Part A : 2000 patients retenus (classe 2 000 – 3 999) → 30000 €");
        assertThat(essais.getInt("reussis")).isEqualTo(essais.getInt("total") - essais.getList("echecs").size());
        assertThat(essais.getList("echecs.ecarts.flatten()", String.class)).contains("module1.partA : attendu 30000, obtenu 31000");
    }

    @Test
    void aDraftWhoseCasesFailCannotBeSubmittedUntilItsCasesAreEdited() throws IOException {
        String active = service.active().orElseThrow().id();
        String dmn = JeuDeRegles.livre().fichier("enmr.dmn").orElseThrow().contenu().replace(PART_A_CLASSE_2, PART_A_CLASSE_2.replace("30000", "31000"));
        String brouillon = Comptes.analyste().contentType("application/json")
                .body(Map.of("base", active, "motif", "Part A, deuxième classe à 31 000 €", "fichiers", Map.of("enmr.dmn", dmn)))
                .post("/api/regles/versions").then().statusCode(201).extract().path("id");
        JsonPath essais = Comptes.analyste().post("/api/regles/versions/" + brouillon + "/essais").then().statusCode(200).extract().jsonPath();
        assertThat(essais.getList("echecs")).isNotEmpty();

        Comptes.analyste().post("/api/regles/versions/" + brouillon + "/soumission").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(essais.getList("echecs").size() + " cas sur "))
                .body("detail", containsString("« " + essais.getString("echecs[0].nom") + " »"));

        // a malformed case file is refused, naming the case and the field; nothing changes
        String casModule1 = Comptes.analyste().get("/api/regles/versions/" + brouillon + "/fichiers/bornes-module1.json").then().statusCode(200)
                .extract().asString();
        String nomCas = "Part A : 2000 patients retenus (classe 2 000 – 3 999) → 30000 €";
        Comptes.analyste().contentType("application/json").body(casModule1.replaceFirst("\"attendu\"", "\"atendu\""))
                .put("/api/regles/versions/" + brouillon + "/fichiers/bornes-module1.json").then().statusCode(422)
                .contentType("application/problem+json")
                .body("erreurs[0].fichier", equalTo("bornes-module1.json"))
                .body("erreurs.message", hasItem(containsString("atendu : champ inconnu")));

        // each failing case edited in the draft (here: dropped from its file), the cases pass and the draft may be submitted
        Map<String, List<String>> echecsParFichier = new java.util.TreeMap<>();
        essais.getList("echecs.nom", String.class).forEach(n -> echecsParFichier
                .computeIfAbsent(n.substring(0, n.indexOf(" — ")), f -> new ArrayList<>()).add(n.substring(n.indexOf(" — ") + 3)));
        assertThat(echecsParFichier.get("bornes-module1.json")).contains(nomCas);
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, List<String>> fichier : echecsParFichier.entrySet()) {
            String contenu = Comptes.analyste().get("/api/regles/versions/" + brouillon + "/fichiers/" + fichier.getKey()).then().statusCode(200)
                    .extract().asString();
            ArrayNode restants = json.createArrayNode();
            json.readTree(contenu).forEach(c -> {
                if (!fichier.getValue().contains(c.path("nom").asText())) {
                    restants.add(c);
                }
            });
            Comptes.analyste().contentType("application/json").body(json.writerWithDefaultPrettyPrinter().writeValueAsString(restants))
                    .put("/api/regles/versions/" + brouillon + "/fichiers/" + fichier.getKey()).then().statusCode(200);
        }
        Comptes.analyste().post("/api/regles/versions/" + brouillon + "/essais").then().statusCode(200).body("echecs.size()", equalTo(0));
        Comptes.analyste().post("/api/regles/versions/" + brouillon + "/soumission").then().statusCode(200).body("etat", equalTo("SOUMISE"));
    }

    @Test
    void differencesNameTheChangedRowOfPartA() {
        Comptes.analyste().queryParam("avec", base).get("/api/regles/versions/" + modifiee + "/differences").then().statusCode(200)
                .body("identiques", equalTo(false))
                .body("modeles[0].fichier", equalTo("enmr.dmn"))
                .body("modeles[0].tables[0].element", equalTo("Part A"))
                .body("modeles[0].tables[0].lignesModifiees[0].avant.numero", equalTo(2))
                .body("modeles[0].tables[0].lignesModifiees[0].avant.sorties", contains("30000"))
                .body("modeles[0].tables[0].lignesModifiees[0].apres.sorties", contains("31000"));
        Comptes.analyste().queryParam("avec", base).get("/api/regles/versions/" + base + "/differences").then().statusCode(200)
                .body("identiques", equalTo(true));
    }

    @Test
    void badRequestsAreNamed() {
        Comptes.analyste().get("/api/regles/versions/" + modifiee + "/differences").then().statusCode(400)
                .contentType("application/problem+json").body("violations.champ", contains("avec"));
        Comptes.analyste().queryParam("avec", "inconnue").get("/api/regles/versions/" + modifiee + "/differences").then().statusCode(404)
                .contentType("application/problem+json");
        Comptes.analyste().post("/api/regles/versions/inconnue/essais").then().statusCode(404).contentType("application/problem+json");
        Comptes.analyste().post("/api/regles/versions/inconnue/impact").then().statusCode(404).contentType("application/problem+json");
        Comptes.analyste().queryParam("campagne", "enmr-2014").post("/api/regles/versions/" + modifiee + "/impact").then().statusCode(400)
                .body("violations.champ", contains("campagne"));
        Comptes.analyste().get("/api/regles/impact/inconnu").then().statusCode(404).contentType("application/problem+json");
        Comptes.agentArs("BRETAGNE").post("/api/regles/versions/" + modifiee + "/impact").then().statusCode(403);
        Comptes.ministere().post("/api/regles/versions/" + modifiee + "/essais").then().statusCode(403);
    }

    @Test
    void theImpactOfAVersionCoversEveryStoredDossierAndIsReadFromTheStore() throws IOException, InterruptedException {
        String suffixe = Long.toString(System.nanoTime());
        String classe2 = "-IMPACT2-" + suffixe; // begins with « - »: a spreadsheet would read it as a formula
        String classe1 = "IMPACT1-" + suffixe;
        decider(classe2, DecisionApiSuite.exemple1());
        decider(classe2, DecisionApiSuite.exemple1()); // two decisions of one reference: only its latest is examined
        decider(classe1, DecisionApiSuite.exemple1().replace("\"adultesMedecinTraitant\": 3100", "\"adultesMedecinTraitant\": 1000"));

        Response lancement = Comptes.analyste().queryParam("region", "BRETAGNE").post("/api/regles/versions/" + modifiee + "/impact");
        lancement.then().statusCode(202).header("Location", containsString("/api/regles/impact/")).body("etat", equalTo("EN_COURS"))
                .body("version", equalTo(modifiee)).body("region", equalTo("BRETAGNE"));
        String adresse = lancement.header("Location");
        JsonPath resultat = attendre(adresse);

        assertThat(resultat.getInt("examinees")).isEqualTo(resultat.getInt("inchangees") + resultat.getInt("totalDifferences"));
        assertThat(resultat.getLong("avancement.lues")).isEqualTo(resultat.getLong("avancement.total"));
        assertThat(resultat.getList("parRegion.region", String.class)).containsExactly("BRETAGNE");
        assertThat(resultat.getInt("parRegion[0].modifiees")).isEqualTo(resultat.getInt("totalDifferences")).isGreaterThan(0);
        assertThat(resultat.getFloat("bilan.ecartTotal")).isEqualTo(resultat.getFloat("parRegion[0].ecartTotal")).isGreaterThan(0);
        String csv = Comptes.analyste().queryParam("format", "csv").get(adresse).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString(); // read as UTF-8
        List<String> lignes = Arrays.asList(csv.split("\r?\n"));
        assertThat(lignes.get(0)).startsWith("\uFEFFid;reference;region;campagne;annee;versionRegles;eligibleAvant;eligibleApres;partAAvant");
        assertThat(lignes).hasSize(resultat.getInt("totalDifferences") + 1);
        String decimales = "(\\.0+)?";
        assertThat(lignes).filteredOn(l -> l.contains(classe2)).singleElement().asString()
                .contains(";\"'" + classe2 + "\";BRETAGNE;ENMR_2014;2014;")
                .matches(".*;true;true;30000D;31000D;5450D;5450D;35450D;36450D;0D;0D;35450D;36450D;1000D;;;;$".replace("D", decimales));
        assertThat(lignes).noneMatch(l -> l.contains(classe1));
        assertThat(csv.getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        Comptes.analyste().queryParam("taille", "1").queryParam("page", "0").get(adresse).then().statusCode(200)
                .body("differences.size()", equalTo(1)).body("taille", equalTo(1));
    }

    @Test
    void aJobIsWhatTheStoreSaysWhicheverInstanceRunsIt() {
        long maintenant = System.currentTimeMillis();
        String silencieux = UlidCreator.getMonotonicUlid().toString();
        impacts.save(new StoredImpact(silencieux, modifiee, base, null, null, "EN_COURS", "une-autre-instance", maintenant - 120_000,
                maintenant - 60_000, 40, 100, null, null, null));
        Comptes.analyste().get("/api/regles/impact/" + silencieux).then().statusCode(200)
                .body("etat", equalTo("INTERROMPU")).body("avancement.lues", equalTo(40)).body("avancement.total", equalTo(100))
                .body("erreur", containsString("une-autre-instance"));
        Comptes.analyste().queryParam("format", "csv").get("/api/regles/impact/" + silencieux).then().statusCode(409);

        String enCours = UlidCreator.getMonotonicUlid().toString();
        impacts.save(new StoredImpact(enCours, modifiee, base, null, null, "EN_COURS", "une-autre-instance", maintenant, maintenant,
                10, 100, null, null, null));
        Comptes.analyste().get("/api/regles/impact/" + enCours).then().statusCode(200)
                .body("etat", equalTo("EN_COURS")).body("avancement.lues", equalTo(10));

        String termine = UlidCreator.getMonotonicUlid().toString();
        impacts.saveDifferences(termine, "[]");
        impacts.save(new StoredImpact(termine, modifiee, base, null, null, "TERMINE", "une-autre-instance", maintenant, maintenant,
                3, 3, """
                {"secondes": 1, "examinees": 3, "inchangees": 3, "bilan": {"ecartTotal": 0, "devenusEligibles": 0, "devenusNonEligibles": 0},
                 "parRegion": [{"region": "CORSE", "examinees": 3, "modifiees": 0, "ecartTotal": 0}], "totalDifferences": 0}""", null, null));
        Comptes.analyste().get("/api/regles/impact/" + termine).then().statusCode(200)
                .body("etat", equalTo("TERMINE")).body("examinees", equalTo(3)).body("parRegion.region", hasItem("CORSE"));
    }

    private static void decider(String reference, String dossier) {
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier.replace("BRE-2014-0001", reference))
                .post("/api/decisions").then().statusCode(201);
    }

    private static JsonPath attendre(String adresse) {
        JsonPath etat = await("the impact job").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).pollDelay(Duration.ZERO)
                .until(() -> Comptes.analyste().queryParam("taille", "100").get(adresse).then().statusCode(200).extract().jsonPath(),
                        lu -> !"EN_COURS".equals(lu.getString("etat")));
        assertThat(etat.getString("etat")).isEqualTo("TERMINE");
        return etat;
    }

    private String stocker(JeuDeRegles jeu, String depuis) {
        String id = UlidCreator.getMonotonicUlid().toString();
        versions.save(new StoredVersion(id, jeu.empreinte(), (depuis == null ? EtatVersion.REMPLACEE : EtatVersion.BROUILLON).name(), depuis,
                "analyste", System.currentTimeMillis(), "essai des outils", 0, null, 0, null, "ENMR_2010,ENMR_2014",
                FichiersStockes.stockes(jeu), OrigineVersion.ANALYSTE.name()));
        return id;
    }
}
