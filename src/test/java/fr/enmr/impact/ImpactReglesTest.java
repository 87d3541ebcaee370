package fr.enmr.impact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.securite.Comptes;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.RechercheDecisions;
import fr.enmr.store.StoredDecision;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The analysts' view of a rule change on real dossiers: stored decisions are decided again with the
 * rules loaded now, and those whose outcome would change are listed with what changes.
 */
@QuarkusTest
class ImpactReglesTest {

    @Inject
    DecisionStore store;

    @Test
    void aDecisionTakenUnderTheRulesLoadedNowIsUnchanged() throws IOException {
        String reference = "IMPACT-ACTUELLE-" + System.nanoTime(); // the test store outlives a run
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1().replace("BRE-2014-0001", reference))
                .post("/api/decisions").then().statusCode(201);

        Comptes.analyste().queryParam("reference", reference).get("/api/regles/impact").then().statusCode(200)
                .body("examinees", equalTo(1)).body("inchangees", equalTo(1)).body("differences", empty())
                .body("bilan.ecartTotal", equalTo(0.0f))
                .body("versionsActuelles", hasItem(containsString("ENMR_2014+sha256:")));
    }

    @Test
    void aDecisionTakenUnderOlderRulesShowsWhatTheRulesNowChange() throws IOException {
        String ancienneReference = "IMPACT-ANCIENNE-" + System.nanoTime();
        String id = DecisionsAnciennes.enregistrer(store, ancienneReference);

        Comptes.analyste().queryParam("reference", ancienneReference).get("/api/regles/impact").then().statusCode(200)
                .body("examinees", equalTo(1)).body("inchangees", equalTo(0))
                .body("bilan.ecartTotal", equalTo(10000.0f))
                .body("bilan.devenusEligibles", equalTo(0)).body("bilan.devenusNonEligibles", equalTo(0))
                .body("differences[0].id", equalTo(id))
                .body("differences[0].versionRegles", equalTo(DecisionsAnciennes.VERSION))
                .body("differences[0].avant.total", equalTo(25450.0f))
                .body("differences[0].apres.total", equalTo(35450.0f))
                .body("differences[0].apres.module1", equalTo(35450.0f))
                .body("differences[0].avant.partA", equalTo(20000.0f))
                .body("differences[0].apres.partA", equalTo(30000.0f))
                .body("differences[0].criteres.code", contains("PROJET_DE_SANTE"))
                .body("differences[0].criteres[0].avant", equalTo(false))
                .body("differences[0].criteres[0].apres", equalTo(true))
                .body("differences[0].criteres[0].explication", containsString("2013-11-15"))
                .body("differences[0].constatsRetires", contains("PATIENTELE_ELEVEE"))
                .body("differences[0].constatsAjoutes", empty());
    }

    @Test
    void aStoredDossierTheContractNoLongerAcceptsIsReportedNotSkipped() throws IOException {
        String reference = "IMPACT-ILLISIBLE-" + System.nanoTime();
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(DecisionApiSuite.exemple1().replace("BRE-2014-0001", reference))
                .post("/api/decisions").then().statusCode(201);
        StoredDecision stockee = store.search(new RechercheDecisions(reference, null, null, null), 0, 1).elements().get(0);
        // as if a campaign had since been withdrawn from the version in force
        store.save(new StoredDecision(stockee.id(), stockee.reference(), stockee.campagne(), stockee.annee(), stockee.region(),
                stockee.eligible(), stockee.horodatage(), stockee.versionRegles(), stockee.auteur(), stockee.decisionJson(),
                stockee.dossierJson().replace("\"ENMR_2014\"", "\"ENMR_2009\""), stockee.auteurRegion(), stockee.version()));

        Comptes.analyste().queryParam("reference", reference).get("/api/regles/impact").then().statusCode(200)
                .body("inchangees", equalTo(0))
                .body("differences[0].avant.total", equalTo(35450.0f))
                .body("differences[0].erreur", containsString("le dossier enregistré n'est plus accepté par les règles actuelles : campagne"))
                .body("differences[0].erreur", containsString("« ENMR_2009 » inconnu"));
    }

    @Test
    void onlyAnalystsMayAskAndBadFiltersAreNamed() {
        Comptes.agentArs("BRETAGNE").get("/api/regles/impact").then().statusCode(403);
        Comptes.ministere().get("/api/regles/impact").then().statusCode(403);
        // a filter takes any well-formed code (stored decisions keep the codes of the version that made them)
        Comptes.analyste().queryParam("campagne", "enmr 2014").queryParam("taille", "1000").get("/api/regles/impact")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", contains("campagne", "taille"));
    }
}
