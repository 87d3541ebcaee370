package fr.enmr.idempotence;

import fr.enmr.decision.DecisionsIdempotentes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.securite.Comptes;
import fr.enmr.store.ClesIdempotence;
import fr.enmr.store.StoredIdempotencyKey;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Idempotency-Key on POST /api/decisions and POST /api/scenarios: a retried submission stores nothing
 * new and is answered as the first time. Run in both store modes (IdempotenceTest, IdempotenceDistantTest).
 */
abstract class IdempotenceSuite {

    private static final String AGENT = "ars-bretagne";
    /** The embedded test store outlives a run: references of this run only. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    @Inject
    ClesIdempotence cles;

    private static String dossier(String reference) throws Exception {
        return DecisionApiSuite.exemple1().replace("BRE-2014-0001", reference);
    }

    private static Response soumettre(String cle, String corps) {
        var requete = Comptes.agentArs("BRETAGNE").contentType("application/json").body(corps);
        return (cle == null ? requete : requete.header("Idempotency-Key", cle)).post("/api/decisions");
    }

    private static int stockees(String reference) {
        return Comptes.agentArs("BRETAGNE").queryParam("reference", reference).get("/api/decisions")
                .then().statusCode(200).extract().path("total");
    }

    private static String nouvelleCle() {
        return "cle-" + UlidCreator.getMonotonicUlid();
    }

    @Test
    void theSameSubmissionRetriedIsAnsweredAsTheFirstTimeAndStoredOnce() throws Exception {
        String cle = nouvelleCle();
        String corps = dossier("IDEM-REJOUEE-" + RUN);

        Response premiere = soumettre(cle, corps);
        Response seconde = soumettre(cle, corps);

        premiere.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        seconde.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", premiere.header("Location"));
        assertThat(seconde.asString()).isEqualTo(premiere.asString());
        assertThat(stockees("IDEM-REJOUEE-" + RUN)).isEqualTo(1);
    }

    @Test
    void theKeyReusedForAnotherBodyIsRefusedWith422NamingTheHeaderAndNothingIsStored() throws Exception {
        String cle = nouvelleCle();
        soumettre(cle, dossier("IDEM-PREMIER-" + RUN)).then().statusCode(201);

        soumettre(cle, dossier("IDEM-AUTRE-" + RUN)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("violations.champ", hasItem("Idempotency-Key"));

        assertThat(stockees("IDEM-AUTRE-" + RUN)).isZero();
    }

    @Test
    void aMalformedKeyIsRefusedWith400NamingTheHeaderAndNothingIsStored() throws Exception {
        for (String cle : List.of("x".repeat(256), "avec\ttabulation", " ")) {
            soumettre(cle, dossier("IDEM-MALFORMEE-" + RUN)).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.champ", hasItem("Idempotency-Key"));
        }
        soumettre(RUN + "x".repeat(255 - RUN.length()), dossier("IDEM-255-" + RUN)).then().statusCode(201);

        assertThat(stockees("IDEM-MALFORMEE-" + RUN)).isZero();
    }

    @Test
    void withoutAKeyEachSubmissionIsANewDecisionAsBefore() throws Exception {
        String corps = dossier("IDEM-SANS-CLE-" + RUN);

        String premiere = soumettre(null, corps).then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        String seconde = soumettre(null, corps).then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");

        assertThat(seconde).isNotEqualTo(premiere);
        assertThat(stockees("IDEM-SANS-CLE-" + RUN)).isEqualTo(2);
    }

    @Test
    void aKeyRecordedByAnAttemptThatFailedBeforeStoringIsCompletedUnderTheReservedId() throws Exception {
        String cle = nouvelleCle();
        String corps = dossier("IDEM-INACHEVEE-" + RUN);
        String reserve = UlidCreator.getMonotonicUlid().toString();
        // what an attempt leaves when the store failed after recording the key (the client heard 503 or nothing)
        cles.reserver(new StoredIdempotencyKey(DecisionsIdempotentes.RESSOURCE + "\n" + AGENT + "\n" + cle, Soumissions.sha256(corps),
                reserve, System.currentTimeMillis()));

        soumettre(cle, corps).then().statusCode(201).body("id", equalTo(reserve));
        soumettre(cle, corps).then().statusCode(201).body("id", equalTo(reserve)).header("Idempotent-Replayed", "true");

        assertThat(stockees("IDEM-INACHEVEE-" + RUN)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneSubmissionStoreOneDecisionAndAllAnswerIt() throws Exception {
        String cle = nouvelleCle();
        String corps = dossier("IDEM-CONCURRENTES-" + RUN);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> essais = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                essais.add(() -> soumettre(cle, corps));
            }
            List<Response> reponses = new ArrayList<>();
            for (Future<Response> f : clients.invokeAll(essais)) {
                reponses.add(f.get());
            }

            assertThat(reponses).extracting(Response::statusCode).containsOnly(201);
            Set<String> corpsRendus = reponses.stream().map(Response::asString).collect(Collectors.toSet());
            assertThat(corpsRendus).hasSize(1);
            // attempts deciding in the same millisecond write byte-identical decisions (same reserved id, same time):
            // each may then rightly answer as the original; every other answer says it is a replay
            assertThat(reponses).filteredOn(r -> r.header("Idempotent-Replayed") == null).isNotEmpty();
        } finally {
            clients.shutdownNow();
        }
        assertThat(stockees("IDEM-CONCURRENTES-" + RUN)).isEqualTo(1);
    }

    @Test
    void aRefusedSubmissionDoesNotHoldItsKeySoTheCorrectedOneIsTaken() throws Exception {
        String cle = nouvelleCle();
        String invalide = dossier("IDEM-CORRIGEE-" + RUN).replace("\"annee\": 2014", "\"annee\": 1990");

        soumettre(cle, invalide).then().statusCode(400);

        soumettre(cle, dossier("IDEM-CORRIGEE-" + RUN)).then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aScenarioSubmittedTwiceWithItsKeyIsLaunchedOnce() {
        String cle = nouvelleCle();
        String demande = """
                {"nom": "Idempotent", "parametres": {"places": 1, "enveloppe": 100000, "dureeMaxSecondes": 1},
                 "candidats": [{"reference": "IDEM-S-A", "region": "BRETAGNE", "cout": 45950.00, "patienteleRetenue": 3350, "eligible": true}]}""";
        long avant = scenarios();

        Response premiere = Comptes.ministere().contentType("application/json").header("Idempotency-Key", cle).body(demande).post("/api/scenarios");
        Response seconde = Comptes.ministere().contentType("application/json").header("Idempotency-Key", cle).body(demande).post("/api/scenarios");

        premiere.then().statusCode(202).header("Idempotent-Replayed", nullValue());
        seconde.then().statusCode(202).header("Idempotent-Replayed", "true").header("Location", premiere.header("Location"))
                .body("id", equalTo(premiere.path("id")));
        assertThat(scenarios()).isEqualTo(avant + 1);
        Comptes.ministere().contentType("application/json").header("Idempotency-Key", cle).body(demande.replace("Idempotent", "Autre"))
                .post("/api/scenarios").then().statusCode(422).body("violations.champ", hasItem("Idempotency-Key"));
        assertThat(scenarios()).isEqualTo(avant + 1);
    }

    private static long scenarios() {
        return Comptes.ministere().get("/api/scenarios").then().statusCode(200).extract().<Number>path("total").longValue();
    }
}
