package fr.enmr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.enmr.moteur.Critere;
import fr.enmr.moteur.DecisionEvaluator;
import fr.enmr.moteur.Verdict;
import fr.enmr.moteur.constats.Constat;
import fr.enmr.dossier.Dossier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The in-process benchmark compares equal work: on every benchmark dossier the plain-Java reference gives exactly
 * the service's verdict (eligibility, every criterion with its explanation, every amount, Module 2 per programme,
 * every finding). The benchmark itself checks the same of each engine configuration it builds before measuring it.
 */
@QuarkusTest
class ReglesEnJavaTest {

    @Inject
    DecisionEvaluator service;

    private static List<Dossier> dossiers;
    private static List<Verdict> reference;

    @BeforeAll
    static void reference() {
        dossiers = DossiersDuBanc.tous();
        ReglesEnJava regles = new ReglesEnJava();
        reference = dossiers.stream().map(regles::evaluer).toList();
    }

    @Test
    void leServiceDonneExactementLeVerdictDeLaReferenceSurChaqueDossier() {
        assertThat(differences(service)).as("dossiers on which the reference differs from the service").isEmpty();
    }

    private static List<String> differences(DecisionEvaluator evaluateur) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < dossiers.size(); i++) {
            Verdict dmn = evaluateur.evaluer(dossiers.get(i));
            if (!dmn.sansLignesRetenues().equals(reference.get(i))) {
                differences.add(dossiers.get(i).reference() + "\n  DMN : " + dmn + "\n  Java: " + reference.get(i));
            }
        }
        return differences;
    }

    @Test
    void lesDossiersDuBancExercentChaqueCritereDansLesDeuxSensChaqueConstatEtLesDeuxModules() {
        Map<Boolean, Set<String>> criteres = Map.of(true, new HashSet<>(), false, new HashSet<>());
        Set<String> codes = new HashSet<>();
        int eligibles = 0;
        int programmesPayes = 0;
        int programmesRefuses = 0;
        for (Verdict verdict : reference) {
            eligibles += verdict.eligible() ? 1 : 0;
            for (Critere critere : verdict.criteres()) {
                criteres.get(critere.satisfait()).add(critere.code());
            }
            for (var programme : verdict.module2().programmes()) {
                programmesPayes += programme.eligible() && programme.montant().signum() > 0 ? 1 : 0;
                programmesRefuses += programme.eligible() ? 0 : 1;
                programme.criteres().forEach(critere -> criteres.get(critere.satisfait()).add(critere.code()));
            }
            verdict.constats().stream().map(Constat::code).forEach(codes::add);
        }
        Set<String> tousLesCriteres = Set.of("TYPE_STRUCTURE", "PROJET_DE_SANTE", "PLURIPROFESSIONNEL", "FORME_JURIDIQUE", "REGION",
                "ETP_AUTORISATION_ARS", "ETP_CAHIER_DES_CHARGES", "ETP_EQUIPE", "ETP_COORDINATION_MEDICALE");
        assertThat(dossiers).hasSize(2 * DossiersDuBanc.PAR_CAMPAGNE + 9);
        assertThat(criteres.get(true)).containsAll(tousLesCriteres);
        assertThat(criteres.get(false)).containsAll(tousLesCriteres);
        assertThat(codes).containsExactlyInAnyOrder("FILE_ACTIVE_INSUFFISANTE", "PATIENTELE_ELEVEE", "AUTORISATION_EXPIRE", "PROJET_DE_SANTE_ANCIEN");
        assertThat(eligibles).isBetween(dossiers.size() / 2, dossiers.size() - 1);
        assertThat(programmesPayes).isPositive();
        assertThat(programmesRefuses).isPositive();
    }
}
