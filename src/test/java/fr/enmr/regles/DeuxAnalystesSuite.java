package fr.enmr.regles;

import static fr.enmr.regles.VersionsApiSuite.actif;
import static fr.enmr.regles.VersionsApiSuite.fichier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import fr.enmr.securite.Comptes;
import fr.enmr.store.StoredActive;
import fr.enmr.store.VersionsReglesStore;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Two analysts at once (rules-api.md): approval only from the active version, racing approvals, rebase with and
 * without conflicts. Run in both store modes. The versions published here change comments and annotations only, so
 * other tests sharing the store decide as before.
 */
public abstract class DeuxAnalystesSuite {

    private static final String DMN = "enmr.dmn";
    private static final String PART_A_LIGNE_2 = "<outputEntry id=\"_expr_096\"><text>30000</text>";

    @Inject
    VersionsReglesStore store;

    /** The annotation of the campaign table's second row (ENMR_2014) changed, whatever an earlier test made it. */
    static String annoterCampagne2014(String dmn, String annotation) {
        return annoter(dmn, "_expr_016", annotation);
    }

    /** The annotation of a decision table's row (by its rule id) changed, whatever an earlier test made it. */
    public static String annoter(String dmn, String regle, String annotation) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(<rule id=\"" + regle + "\">(?:(?!</rule>).)*?<annotationEntry><text>)[^<]*",
                java.util.regex.Pattern.DOTALL).matcher(dmn);
        assertThat(m.find()).as("the annotation of row %s", regle).isTrue();
        return m.replaceFirst(java.util.regex.Matcher.quoteReplacement(m.group(1) + annotation));
    }

    /** A draft of {@code base} whose DMN is changed so. */
    static String brouillon(RequestSpecification qui, String base, UnaryOperator<String> changement) {
        String dmn = changement.apply(fichier(base, DMN));
        return qui.contentType("application/json").body(Map.of("base", base, "motif", "Essai " + System.nanoTime(), "fichiers", Map.of(DMN, dmn)))
                .post("/api/regles/versions").then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** A submitted version of {@code base} by « analyste » that decides as its base (a comment). */
    static String soumise(String base) {
        String id = brouillon(Comptes.analyste(), base, dmn -> dmn + "\n<!-- essai " + System.nanoTime() + " -->\n");
        Comptes.analyste().post("/api/regles/versions/" + id + "/soumission").then().statusCode(200);
        return id;
    }

    /** Analyst B's change published: Campagne's second row's annotation, which decides nothing. */
    static String publieeParB(String base, String annotation) {
        String id = brouillon(Comptes.analyste2(), base, dmn -> annoterCampagne2014(dmn, annotation));
        Comptes.analyste2().post("/api/regles/versions/" + id + "/soumission").then().statusCode(200);
        Comptes.analyste().post("/api/regles/versions/" + id + "/approbation").then().statusCode(200);
        return id;
    }

    @Test
    void aVersionWhoseBaseIsNoLongerActiveIsNotApprovedStaysSubmittedAndTheRefusalIsJournaled() {
        String actif = actif();
        String premiere = soumise(actif);
        String seconde = soumise(actif);
        Comptes.analyste2().post("/api/regles/versions/" + premiere + "/approbation").then().statusCode(200);

        Comptes.analyste2().post("/api/regles/versions/" + seconde + "/approbation").then().statusCode(409)
                .contentType("application/problem+json").body("base", equalTo(actif)).body("active", equalTo(premiere))
                .body("rebase", equalTo("/api/regles/versions/" + seconde + "/rebase"))
                .body("detail", containsString("n'est plus la version active"));

        Comptes.analyste().get("/api/regles/versions/" + seconde).then().body("etat", equalTo("SOUMISE")).body("active", equalTo(false));
        assertThat(actif()).isEqualTo(premiere);
        JsonPath journal = Comptes.analyste().queryParam("taille", "100").get("/api/regles/journal").jsonPath();
        assertThat(journal.getList("evenements.findAll { it.version == '" + seconde + "' }.action")).containsSubsequence("APPROBATION_REFUSEE", "SOUMISE");
        assertThat(journal.getString("evenements.find { it.version == '" + seconde + "' }.auteur")).isEqualTo("analyste-2");
        assertThat(journal.getString("evenements.find { it.version == '" + seconde + "' }.motif")).contains(actif, premiere);
    }

    @Test
    void ofTwoApprovalsRacingFromTheSameBaseExactlyOneWinsAndTheOtherStaysSubmitted() throws Exception {
        String actif = actif();
        List<String> soumises = List.of(soumise(actif), soumise(actif));
        CyclicBarrier ensemble = new CyclicBarrier(2);
        ExecutorService deux = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> reponses = soumises.stream().map(id -> deux.submit(() -> {
                ensemble.await();
                return Comptes.analyste2().post("/api/regles/versions/" + id + "/approbation").statusCode();
            })).toList();
            List<Integer> statuts = List.of(reponses.get(0).get(), reponses.get(1).get());

            assertThat(statuts).containsExactlyInAnyOrder(200, 409);
            String gagnante = soumises.get(statuts.indexOf(200));
            String perdante = soumises.get(statuts.indexOf(409));
            assertThat(actif()).isEqualTo(gagnante);
            Comptes.analyste().get("/api/regles/versions/" + perdante).then().body("etat", equalTo("SOUMISE"));
            Comptes.analyste().get("/api/regles/versions/" + actif).then().body("etat", equalTo("REMPLACEE"));
        } finally {
            deux.shutdownNow();
        }
    }

    @Test
    void theActivePointerIsReplacedOnlyIfItIsStillTheOneRead() {
        actif();
        StoredActive lu = store.active().orElseThrow();
        StoredActive premier = new StoredActive(lu.cle(), lu.version(), lu.depuis() + 1, "essai-1", lu.action());
        StoredActive second = new StoredActive(lu.cle(), lu.version(), lu.depuis() + 2, "essai-2", lu.action());

        assertThat(store.activer(lu, premier)).isTrue();
        assertThat(store.activer(lu, second)).as("the pointer read has been replaced meanwhile").isFalse();
        assertThat(store.active()).contains(premier);
        assertThat(store.activer(premier, lu)).isTrue();
    }

    @Test
    void aDraftFromAnOlderBaseIsRebasedOntoTheActiveVersionCarryingBothChanges() {
        String base = actif();
        String deA = brouillon(Comptes.analyste(), base, dmn -> dmn.replace(PART_A_LIGNE_2, "<outputEntry id=\"_expr_096\"><text>31000</text>"));
        String annotation = "Extension LFSS 2014 relue " + System.nanoTime() + " : 26 régions";
        String deB = publieeParB(base, annotation);

        JsonPath reporte = Comptes.analyste().post("/api/regles/versions/" + deA + "/rebase").then().statusCode(201)
                .header("Location", containsString("/api/regles/versions/")).body("etat", equalTo("BROUILLON")).body("base", equalTo(deB))
                .body("auteur", equalTo("analyste")).body("motif", containsString(deA)).extract().jsonPath();

        String nouveau = reporte.getString("id");
        String dmn = fichier(nouveau, DMN);
        assertThat(dmn).contains("<outputEntry id=\"_expr_096\"><text>31000</text>", annotation)
                .isEqualTo(fichier(deB, DMN).replace(PART_A_LIGNE_2, "<outputEntry id=\"_expr_096\"><text>31000</text>"));
        Comptes.analyste().get("/api/regles/versions/" + deA).then().body("etat", equalTo("BROUILLON")).body("base", equalTo(base));
        JsonPath journal = Comptes.analyste().queryParam("taille", "100").get("/api/regles/journal").jsonPath();
        assertThat(journal.getString("evenements.find { it.version == '" + nouveau + "' }.action")).isEqualTo("REBASEE");
        assertThat(journal.getString("evenements.find { it.version == '" + nouveau + "' }.motif")).contains(deA, base, deB);
        Comptes.analyste().post("/api/regles/versions/" + nouveau + "/rebase").then().statusCode(409)
                .body("title", equalTo("Rien à reporter"));
    }

    @Test
    void aRebaseMeetingTheSameRowChangedByTheActiveVersionListsTheConflictAndCreatesNothing() {
        String base = actif();
        String deA = brouillon(Comptes.analyste(), base, dmn -> annoterCampagne2014(dmn, "Avis de A : 26 régions"));
        String deB = publieeParB(base, "Avis de B " + System.nanoTime() + " : 26 régions");
        long avant = Comptes.analyste().get("/api/regles/versions").jsonPath().getLong("total");

        Comptes.analyste().post("/api/regles/versions/" + deA + "/rebase").then().statusCode(409).contentType("application/problem+json")
                .body("base", equalTo(base)).body("active", equalTo(deB))
                .body("conflits.size()", equalTo(1)).body("conflits[0].fichier", equalTo(DMN))
                .body("conflits[0].element", equalTo("Règles de la campagne")).body("conflits[0].ligne", equalTo(2))
                .body("conflits[0].base", containsString("\"ENMR_2014\" → 2014 | 2014 | 2014 | true | false ("))
                .body("conflits[0].active", containsString("Avis de B")).body("conflits[0].version", containsString("Avis de A"));

        assertThat(Comptes.analyste().get("/api/regles/versions").jsonPath().getLong("total")).isEqualTo(avant);
    }
}
