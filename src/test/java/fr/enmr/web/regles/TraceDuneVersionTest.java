package fr.enmr.web.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.enmr.decision.Auteur;
import fr.enmr.decision.Decision;
import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.decision.DecisionService;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.regles.StoreNeuf;
import fr.enmr.moteur.compile.LigneDeTable;
import fr.enmr.moteur.Moteurs;
import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** A decision traces to the tables of the version that made it, not to the files packaged today. */
@QuarkusTest
@TestProfile(StoreNeuf.class)
class TraceDuneVersionTest {

    @Inject
    TraceDecisions traces;

    @Inject
    Moteurs moteurs;

    @Inject
    LecteurDossier lecteur;

    @Test
    void aDecisionOfAnotherVersionShowsThatVersionsRowsAndAnOldOneThePackagedOnes() throws IOException {
        String actif = moteurs.actif().versionId();
        String dmn = Comptes.analyste().get("/api/regles/versions/" + actif + "/fichiers/enmr.dmn").then().statusCode(200).extract().asString()
                .replace("<outputEntry id=\"_expr_096\"><text>30000</text>", "<outputEntry id=\"_expr_096\"><text>31000</text>");
        String id = Comptes.analyste().contentType("application/json")
                .body(Map.of("base", actif, "motif", "Part A à 31 000 €", "fichiers", Map.of("enmr.dmn", dmn)))
                .post("/api/regles/versions").then().statusCode(201).extract().jsonPath().getString("id");
        LecteurDossier.Lecture exemple = lecteur.lire(DecisionApiSuite.exemple1());
        Decision parLaVersion = DecisionService.decision(moteurs.de(id), exemple, new Auteur("analyste", null));
        Decision parLActive = DecisionService.decision(moteurs.actif(), exemple, new Auteur("analyste", null));
        Decision ancienne = new Decision(parLActive.id(), parLActive.reference(), parLActive.campagne(), parLActive.annee(),
                parLActive.versionRegles(), null, parLActive.horodatage(), parLActive.eligible(), parLActive.criteres(), parLActive.module1(),
                parLActive.module2(), parLActive.total(), parLActive.constats(), parLActive.auteur(), null, null);

        TraceDecision trace = traces.tracer(parLaVersion);

        assertThat(parLaVersion.total()).isEqualByComparingTo("36450");
        assertThat(trace.version()).isEqualTo(id);
        assertThat(trace.lignes()).filteredOn(l -> l.element().nom().equals("Part A")).singleElement()
                .satisfies(l -> assertThat(l.sortie()).contains("31000"));
        assertThat(traces.tracer(parLActive).lignes()).filteredOn(l -> l.element().nom().equals("Part A")).singleElement()
                .satisfies(l -> assertThat(l.sortie()).contains("30000"));
        // stored before versions existed: no version id, resolved through its fingerprint
        assertThat(traces.tracer(ancienne).lignes()).filteredOn(l -> l.element().nom().equals("Part A")).singleElement()
                .satisfies(l -> assertThat(l.sortie()).contains("30000"));
    }

    @Test
    void theTraceShowsTheRowsTheDecisionNotedWhenItWasMadeInEveryTable() throws IOException {
        Decision decidee = DecisionService.decision(moteurs.actif(), lecteur.lire(DecisionApiSuite.exemple1()), new Auteur("analyste", null));
        assertThat(decidee.lignesRetenues()).extracting(LigneDeTable::element).containsExactlyInAnyOrder("Règles de la campagne", "Part A");

        assertThat(traces.tracer(decidee).lignes()).hasSize(2).allSatisfy(l -> assertThat(l.notee()).isTrue())
                .filteredOn(l -> l.element().nom().equals("Part A")).singleElement()
                .satisfies(l -> assertThat(l.numero()).isEqualTo(2));
        // the trace reads the note, it does not decide again: a note of row 1 is shown as row 1 with that row's outputs
        List<LigneDeTable> autreNote = decidee.lignesRetenues().stream()
                .map(l -> l.element().equals("Part A") ? new LigneDeTable(l.element(), l.table(), 1) : l).toList();
        Decision notee = new Decision(decidee.id(), decidee.reference(), decidee.campagne(), decidee.annee(), decidee.versionRegles(),
                decidee.version(), decidee.horodatage(), decidee.eligible(), decidee.criteres(), decidee.module1(), decidee.module2(),
                decidee.total(), decidee.constats(), decidee.auteur(), decidee.moteur(), autreNote);
        assertThat(traces.tracer(notee).lignes()).filteredOn(l -> l.element().nom().equals("Part A")).singleElement()
                .satisfies(l -> assertThat(l.numero()).isEqualTo(1))
                .satisfies(l -> assertThat(l.sortie()).isEqualTo("20000"));
    }
}
