package fr.enmr.allocation.scenario;

import fr.enmr.allocation.candidats.CandidatScenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.enmr.dossier.echantillon.Codes.Region;

/** The ministry's per-region table: what each region got and, in French, why a minimum is missed. */
class CalculResultatTest {

    private static CandidatScenario candidat(String reference, String region, String cout, int patients, boolean eligible) {
        return new CandidatScenario(reference, null, region, new BigDecimal(cout), patients, false, 2, eligible).complet();
    }

    private static final List<CandidatScenario> CANDIDATS = List.of(
            candidat("BRE-1", Region.BRETAGNE, "40000.00", 4000, true),
            candidat("BRE-2", Region.BRETAGNE, "50000.00", 5000, true),
            candidat("GUY-1", Region.GUYANE, "30000.00", 1000, true),
            candidat("GUY-2", Region.GUYANE, "30000.00", 1000, false),
            candidat("LIM-1", Region.LIMOUSIN, "90000.00", 3000, true));

    private static Scenario scenario(int places, String enveloppe, Map<String, Integer> minimums) {
        ParametresScenario p = new ParametresScenario(places, new BigDecimal(enveloppe), minimums, 1, null, null, null, 5).avecDefauts(5);
        return new Scenario("S", "test", Instant.EPOCH, "liste fournie", p, CANDIDATS);
    }

    private static Resultat.LigneRegion ligne(Resultat resultat, String region) {
        return resultat.parRegion().stream().filter(l -> l.region().equals(region)).findFirst().orElseThrow();
    }

    @Test
    void totalsAndBudgetLeftAreThoseOfTheRetainedTeams() {
        Resultat resultat = CalculResultat.calculer(scenario(3, "130000", Map.of()), List.of("BRE-2", "GUY-1"));

        assertThat(resultat.totaux()).isEqualTo(new Resultat.Totaux(2, new BigDecimal("80000.00"), 6000, new BigDecimal("6000"),
                new BigDecimal("50000.00")));
        assertThat(ligne(resultat, Region.BRETAGNE).explication()).isEqualTo("Minimum de 1 atteint : 1 équipe(s) retenue(s).");
    }

    @Test
    void aMinimumMissedForLackOfCandidatesSaysSo() {
        Resultat resultat = CalculResultat.calculer(scenario(3, "130000", Map.of("CORSE", 1, "GUYANE", 2)), List.of("BRE-2", "GUY-1"));

        assertThat(ligne(resultat, Region.CORSE).explication()).isEqualTo("Minimum de 1 non atteint (0 retenue(s)) : aucun candidat de la région dans le scénario.");
        assertThat(ligne(resultat, Region.GUYANE).explication()).endsWith("seulement 1 candidat(s) éligible(s) dans la région.");
        assertThat(ligne(resultat, Region.GUYANE).minimumAtteint()).isFalse();
    }

    @Test
    void aMinimumMissedForLackOfMoneyAndPlacesSaysWhatIsLeftAndThatNoExchangeFits() {
        Resultat resultat = CalculResultat.calculer(scenario(2, "100000", Map.of()), List.of("BRE-1", "GUY-1"));

        Resultat.LigneRegion limousin = ligne(resultat, Region.LIMOUSIN);
        assertThat(limousin.minimumAtteint()).isFalse();
        assertThat(limousin.explication()).startsWith("Minimum de 1 non atteint (0 retenue(s)) : le moins coûteux des candidats éligibles non retenus (LIM-1, 90\u202f000,00 €)")
                .contains("toutes les places sont prises et il coûte plus que ce qui reste de l'enveloppe (30\u202f000,00 €)")
                .endsWith("dépasserait l'enveloppe ou ferait passer une autre région sous son minimum.");
    }

    @Test
    void aMinimumMissedWhileAnExchangeWouldHaveFitSaysTheSolverRanOutOfTime() {
        Resultat resultat = CalculResultat.calculer(scenario(2, "200000", Map.of()), List.of("BRE-1", "BRE-2"));

        assertThat(ligne(resultat, Region.GUYANE).explication()).contains("Un échange contre BRE-").contains("relancer avec une durée plus longue");
    }

    @Test
    void aSolveThatHadLessProcessorThanPlannedIsMarkedReducedAndSaysWhy() {
        Avancement fini = new Avancement(Statut.TERMINE, "0hard/0medium/0soft", 1.5, List.of(), List.of("BRE-1"), null, null);

        Resultat.TempsDeCalcul reduit = CalculResultat.calculer(scenario(2, "200000", Map.of()), fini.avecProcesseur(0.4)).tempsDeCalcul();
        Resultat.TempsDeCalcul complet = CalculResultat.calculer(scenario(2, "200000", Map.of()), fini.aSecondes(5.2).avecProcesseur(4.9)).tempsDeCalcul();

        assertThat(reduit.reduit()).isTrue();
        assertThat(reduit.explication()).startsWith("Le calcul n'a eu que 0,4 s de processeur pour 1,5 s écoulées : d'autres travaux occupaient le processeur");
        assertThat(complet.reduit()).as("4.9 s of the 5 asked").isFalse();
        assertThat(complet.explication()).isEqualTo("Le calcul a eu 4,9 s de processeur pour 5,2 s écoulées.");
    }
}
