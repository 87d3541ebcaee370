package fr.enmr.regles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.securite.Comptes;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Rule-set versions as rules-api.md describes them: drafts validated by KIE, four-eyes review, publication used by the
 * next decision, rollback, journal, and every refusal (nothing stored). Run in both store modes. The versions published
 * here change comments only, so other tests sharing the store decide as before.
 */
public abstract class VersionsApiSuite {

    private static final String DRL = "constats.drl";

    /** The active version's id, once the packaged rules are imported (retried in the background if the store was slow at start). */
    static String actif() {
        List<Map<String, Object>> actives = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).pollDelay(Duration.ZERO)
                .until(() -> Comptes.analyste().queryParam("taille", "100").get("/api/regles/versions").then().statusCode(200)
                        .extract().jsonPath().<Map<String, Object>>getList("versions").stream()
                        .filter(v -> Boolean.TRUE.equals(v.get("active"))).toList(), liste -> !liste.isEmpty());
        assertThat(actives).as("exactly one active version").hasSize(1);
        return (String) actives.get(0).get("id");
    }

    static String fichier(String version, String nom) {
        return Comptes.analyste().get("/api/regles/versions/" + version + "/fichiers/" + nom).then().statusCode(200).extract().asString();
    }

    /** A draft of {@code base} whose DRL differs by a comment only: same decisions, another fingerprint. */
    static Response brouillon(io.restassured.specification.RequestSpecification qui, String base, String drl) {
        return qui.contentType("application/json")
                .body(Map.of("base", base, "motif", "Essai " + System.nanoTime(), "fichiers", Map.of(DRL, drl)))
                .post("/api/regles/versions");
    }

    static String drlCommente(String base) {
        return fichier(base, DRL) + "\n// essai " + System.nanoTime() + "\n";
    }

    @Test
    void theFirstVersionIsThePackagedRulesPublishedAndTheMinistryMayReadButNotDraft() {
        String actif = actif();
        JsonPath version = Comptes.ministere().get("/api/regles/versions/" + actif).then().statusCode(200).extract().jsonPath();

        assertThat(version.getString("empreinte")).matches("sha256:[0-9a-f]{64}");
        assertThat(version.getString("etat")).isEqualTo("PUBLIEE");
        assertThat(version.getList("campagnes")).contains("ENMR_2014");
        assertThat(version.getList("fichiers.nom")).contains("enmr.dmn", DRL);
        assertThat(version.getList("fichiers.sha256")).allSatisfy(s -> assertThat((String) s).matches("[0-9a-f]{64}"));
        Comptes.ministere().get("/api/regles/versions").then().statusCode(200).body("total", notNullValue());
        brouillon(Comptes.ministere(), actif, drlCommente(actif)).then().statusCode(403);
        Comptes.agentArs("BRETAGNE").get("/api/regles/versions").then().statusCode(403);
        Comptes.ministere().contentType("application/json").body(Map.of("motif", "x")).post("/api/regles/versions/" + actif + "/reactivation")
                .then().statusCode(403);
        Comptes.agentArs("BRETAGNE").post("/api/regles/versions/" + actif + "/approbation").then().statusCode(403);
        Comptes.ministere().get("/api/regles/journal").then().statusCode(403);
        Comptes.analyste().get("/api/regles/versions/01ARZ3NDEKTSV4RRFFQ69G5FAV").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aDraftIsReviewedByAnotherAnalystPublishedUsedByTheNextDecisionAndRolledBack() throws IOException {
        String precedent = actif();
        String drl = drlCommente(precedent);
        Response cree = brouillon(Comptes.analyste(), precedent, drl);
        cree.then().statusCode(201).header("Location", containsString("/api/regles/versions/"))
                .body("etat", equalTo("BROUILLON")).body("active", equalTo(false)).body("base", equalTo(precedent))
                .body("auteur", equalTo("analyste")).body("validation", hasKey("avertissements"));
        String id = cree.jsonPath().getString("id");
        assertThat(fichier(id, DRL)).isEqualTo(drl);
        assertThat(fichier(id, "enmr.dmn")).isEqualTo(fichier(precedent, "enmr.dmn"));

        // only its author edits a draft, and a file given again is validated again
        Comptes.analyste2().contentType("text/plain; charset=UTF-8").body(drl + "// b\n").put("/api/regles/versions/" + id + "/fichiers/" + DRL)
                .then().statusCode(403);
        Comptes.analyste().contentType("text/plain; charset=UTF-8").body(drl + "// b\n").put("/api/regles/versions/" + id + "/fichiers/" + DRL)
                .then().statusCode(200).body("etat", equalTo("BROUILLON"));
        // only its author submits it; a second analyst approves it (four eyes)
        Comptes.analyste2().post("/api/regles/versions/" + id + "/soumission").then().statusCode(403);
        Comptes.analyste().post("/api/regles/versions/" + id + "/soumission").then().statusCode(200)
                .body("etat", equalTo("SOUMISE")).body("soumisLe", notNullValue());
        Comptes.analyste().contentType("text/plain; charset=UTF-8").body(drl).put("/api/regles/versions/" + id + "/fichiers/" + DRL).then().statusCode(409);
        Comptes.analyste().post("/api/regles/versions/" + id + "/approbation").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("autre analyste"));
        Comptes.analyste2().post("/api/regles/versions/" + id + "/approbation").then().statusCode(200)
                .body("etat", equalTo("PUBLIEE")).body("active", equalTo(true)).body("approbateur", equalTo("analyste-2"))
                .body("publieLe", notNullValue());
        Comptes.analyste2().post("/api/regles/versions/" + id + "/approbation").then().statusCode(409);

        assertThat(actif()).isEqualTo(id);
        Comptes.analyste().get("/api/regles/versions/" + precedent).then().body("etat", equalTo("REMPLACEE")).body("active", equalTo(false));
        String empreinte = Comptes.analyste().get("/api/regles/versions/" + id).jsonPath().getString("empreinte");
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions")
                .then().statusCode(201).body("version", equalTo(id))
                .body("versionRegles", equalTo("ENMR_2014+" + empreinte)).body("total", equalTo(35450.0f))
                .body("moteur", equalTo("compile")); // the published version compiled to Java at run time

        // rollback: one analyst, a reason, journaled; only a replaced version
        Comptes.analyste().contentType("application/json").body(Map.of()).post("/api/regles/versions/" + precedent + "/reactivation")
                .then().statusCode(400).body("violations[0].champ", equalTo("motif"));
        Comptes.analyste().contentType("application/json").body(Map.of("motif", "x")).post("/api/regles/versions/" + id + "/reactivation")
                .then().statusCode(409);
        Comptes.analyste().contentType("application/json").body(Map.of("motif", "retour arrière d'essai"))
                .post("/api/regles/versions/" + precedent + "/reactivation").then().statusCode(200)
                .body("etat", equalTo("PUBLIEE")).body("active", equalTo(true));
        assertThat(actif()).isEqualTo(precedent);
        Comptes.analyste().get("/api/regles/versions/" + id).then().body("etat", equalTo("REMPLACEE"));
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions")
                .then().statusCode(201).body("version", equalTo(precedent));

        JsonPath journal = Comptes.analyste().queryParam("taille", "100").get("/api/regles/journal").then().statusCode(200).extract().jsonPath();
        List<String> actions = journal.getList("evenements.findAll { it.version == '" + id + "' }.action");
        assertThat(actions).containsSubsequence("APPROUVEE", "SOUMISE", "MODIFIEE", "CREEE");
        assertThat(journal.getString("evenements[0].action")).isEqualTo("REACTIVEE");
        assertThat(journal.getString("evenements[0].motif")).isEqualTo("retour arrière d'essai");
        assertThat(journal.getString("evenements[0].auteur")).isEqualTo("analyste");
    }

    @Test
    void aSubmittedVersionIsRejectedWithAReasonByAnotherAnalyst() {
        String actif = actif();
        String id = brouillon(Comptes.analyste(), actif, drlCommente(actif)).then().statusCode(201).extract().jsonPath().getString("id");
        Comptes.analyste2().contentType("application/json").body(Map.of("motif", "non")).post("/api/regles/versions/" + id + "/rejet")
                .then().statusCode(409);
        Comptes.analyste().post("/api/regles/versions/" + id + "/soumission").then().statusCode(200);

        Comptes.analyste2().contentType("application/json").body(Map.of("motif", " ")).post("/api/regles/versions/" + id + "/rejet")
                .then().statusCode(400).body("violations[0].champ", equalTo("motif"));
        Comptes.analyste().contentType("application/json").body(Map.of("motif", "non")).post("/api/regles/versions/" + id + "/rejet")
                .then().statusCode(403);
        Comptes.analyste2().contentType("application/json").body(Map.of("motif", "les montants ne sont pas sourcés"))
                .post("/api/regles/versions/" + id + "/rejet").then().statusCode(200)
                .body("etat", equalTo("REJETEE")).body("rejet", equalTo("les montants ne sont pas sourcés"))
                .body("approbateur", equalTo("analyste-2"));
        Comptes.analyste2().post("/api/regles/versions/" + id + "/approbation").then().statusCode(409);
        assertThat(actif()).isEqualTo(actif);
        Comptes.analyste().queryParam("etat", "REJETEE").get("/api/regles/versions").then().statusCode(200)
                .body("versions.id", hasItem(id));
    }

    @Test
    void aDraftIsEvaluatedOnADossierWithEveryIntermediateDecisionAndNothingStored() throws IOException {
        String actif = actif();
        String dmn = fichier(actif, "enmr.dmn")
                .replace("<outputEntry id=\"_expr_096\"><text>30000</text>", "<outputEntry id=\"_expr_096\"><text>31000</text>");
        String id = Comptes.analyste().contentType("application/json")
                .body(Map.of("base", actif, "motif", "Part A classe 2 à 31 000 €", "fichiers", Map.of("enmr.dmn", dmn)))
                .post("/api/regles/versions").then().statusCode(201).extract().jsonPath().getString("id");
        String reference = "EVALUER-" + System.nanoTime();

        Comptes.analyste().contentType("application/json").body(DecisionApiSuite.exemple1().replace("BRE-2014-0001", reference))
                .post("/api/regles/versions/" + id + "/evaluer").then().statusCode(200)
                .body("total", equalTo(36450.0f)).body("version", equalTo(id)).body("moteur", equalTo("KIE")) // a draft: KIE decides
                .body("versionRegles", matchesPattern("ENMR_2014\\+sha256:[0-9a-f]{64}"))
                .body("intermediaires.'Part A'", notNullValue())
                .body("intermediaires.'Année évaluée'", equalTo(2014));
        Comptes.analyste().contentType("application/json").body("{\"campagne\": \"ENMR_2014\"}")
                .post("/api/regles/versions/" + id + "/evaluer").then().statusCode(400).contentType("application/problem+json");
        Comptes.analyste().get("/api/decisions?reference=" + reference).then().statusCode(200).body("total", equalTo(0));
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1()).post("/api/decisions")
                .then().statusCode(201).body("total", equalTo(35450.0f));
    }

    @Test
    void draftsThatAreUnchangedIncompleteOrDoNotCompileAreRefusedAndNothingIsStored() {
        String actif = actif();
        long avant = Comptes.analyste().get("/api/regles/versions").jsonPath().getLong("total");
        String dmn = fichier(actif, "enmr.dmn");

        Comptes.analyste().contentType("application/json").body(Map.of("base", actif, "motif", "rien", "fichiers", Map.of()))
                .post("/api/regles/versions").then().statusCode(409).contentType("application/problem+json");
        Comptes.analyste().contentType("application/json").body(Map.of("base", actif, "fichiers", Map.of(DRL, drlCommente(actif))))
                .post("/api/regles/versions").then().statusCode(400).body("violations.champ", hasItem("motif"));
        Comptes.analyste().contentType("application/json")
                .body(Map.of("base", actif, "motif", "trou", "fichiers", Map.of("enmr.dmn", dmn.replace("<text>&lt; 2000</text>", "<text>&lt; 1999</text>"))))
                .post("/api/regles/versions").then().statusCode(422).contentType("application/problem+json")
                .body("erreurs.element", hasItem("Part A")).body("erreurs.fichier", hasItem("enmr.dmn"))
                .body("erreurs.message", hasItem(containsString("lacune")));
        Comptes.analyste().contentType("application/json")
                .body(Map.of("base", actif, "motif", "xxe", "fichiers", Map.of("enmr.dmn",
                        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + dmn.substring(dmn.indexOf("<definitions")))))
                .post("/api/regles/versions").then().statusCode(422).body("erreurs[0].message", containsString("DOCTYPE"));
        Comptes.analyste().contentType("application/json")
                .body(Map.of("base", actif, "motif", "drl", "fichiers", Map.of(DRL, fichier(actif, DRL).replace("then", "alors"))))
                .post("/api/regles/versions").then().statusCode(422).body("erreurs[0].fichier", equalTo(DRL))
                .body("erreurs[0].ligne", notNullValue());
        Comptes.analyste().contentType("application/json").body(Map.of("base", actif, "motif", "x", "fichiers", Map.of("../x.dmn", dmn)))
                .post("/api/regles/versions").then().statusCode(400);

        assertThat(Comptes.analyste().get("/api/regles/versions").jsonPath().getLong("total")).isEqualTo(avant);
        assertThat(actif()).isEqualTo(actif);
    }

    @Test
    void aRuleFileMayReachTwoMebibytesWhileADossierStaysUnderOne() throws IOException {
        String actif = actif();
        String id = brouillon(Comptes.analyste(), actif, drlCommente(actif)).then().statusCode(201).extract().jsonPath().getString("id");
        String drl = fichier(id, DRL);
        String unMioEtDemi = drl + "/*" + "x".repeat(1536 * 1024) + "*/\n";
        String deuxMioEtPlus = drl + "/*" + "x".repeat(2 * 1024 * 1024) + "*/\n";

        Comptes.analyste().contentType("text/plain; charset=UTF-8").body(unMioEtDemi).put("/api/regles/versions/" + id + "/fichiers/" + DRL)
                .then().statusCode(200);
        Comptes.analyste().contentType("text/plain; charset=UTF-8").body(deuxMioEtPlus).put("/api/regles/versions/" + id + "/fichiers/" + DRL)
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(fichier(id, DRL)).isEqualTo(unMioEtDemi);
        String dossier = DecisionApiSuite.exemple1().replaceFirst("\\{", "{\"x\": \"" + "x".repeat(1100 * 1024) + "\",");
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier).post("/api/decisions")
                .then().statusCode(413).contentType("application/problem+json");
        Comptes.analyste2().get("/api/regles/versions/" + id).then().statusCode(200).body("rejet", nullValue());
    }
}
