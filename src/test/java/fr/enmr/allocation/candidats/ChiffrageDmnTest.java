package fr.enmr.allocation.candidats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.decision.Auteur;
import fr.enmr.decision.Decision;
import fr.enmr.decision.DecisionService;
import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Echantillons;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The generator's pricing outside Quarkus agrees with the decision service, dossier by dossier. */
@QuarkusTest
class ChiffrageDmnTest {

    @Inject
    DecisionService decisions;

    @Inject
    ObjectMapper json;

    @Test
    void theStandaloneModelPricesEveryDossierLikeTheDecisionService() {
        ChiffrageDmn chiffrage = new ChiffrageDmn();
        List<Dossier> dossiers = new ArrayList<>(Echantillons.bretagnePremiereVague(json));
        dossiers.addAll(new GenerateurDossiers().generer(99, 25, Campagne.ENMR_2014));

        for (Dossier dossier : dossiers) {
            Decision decision = decisions.decider(dossier, new Auteur("test-chiffrage", null)).decision();
            Chiffrage prix = chiffrage.chiffrer(dossier);
            assertThat(prix.eligible()).as(dossier.reference()).isEqualTo(decision.eligible());
            assertThat(prix.cout()).as(dossier.reference()).isEqualByComparingTo(decision.total());
            assertThat(prix.patienteleRetenue()).as(dossier.reference()).isEqualTo(decision.module1().patienteleRetenue().intValueExact());
        }
    }
}
