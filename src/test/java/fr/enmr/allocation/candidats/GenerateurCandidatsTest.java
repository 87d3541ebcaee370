package fr.enmr.allocation.candidats;

import fr.enmr.dossier.echantillon.Codes;
import java.util.TreeSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.enmr.dossier.echantillon.Codes.Region;

/** The national pre-list generator: seeded, spread over the 26 regions, priced by the rules, and the committed sample is its output. */
class GenerateurCandidatsTest {

    private static GenerateurCandidats generateur;
    private static List<CandidatScenario> national;

    @BeforeAll
    static void generer() {
        generateur = new GenerateurCandidats(new ChiffrageDmn());
        national = generateur.generer(GenerateurCandidats.GRAINE, GenerateurCandidats.NATIONAL);
    }

    @Test
    void theSameSeedGivesTheSameCandidatesAndAnotherSeedOthers() {
        assertThat(generateur.generer(GenerateurCandidats.GRAINE, 30)).isEqualTo(national.subList(0, 30));
        assertThat(generateur.generer(7, 30)).isNotEqualTo(national.subList(0, 30));
    }

    @Test
    void fourHundredApplicantsCoverTheTwentySixRegionsAndAFewAreNotEligible() {
        Set<String> regions = national.stream().map(CandidatScenario::region).collect(Collectors.toCollection(() -> new TreeSet<>()));
        long nonEligibles = national.stream().filter(c -> !c.eligible()).count();

        assertThat(national).hasSize(400).extracting(CandidatScenario::reference).doesNotHaveDuplicates();
        assertThat(regions).isEqualTo(Set.copyOf(Region.VALEURS));
        assertThat(nonEligibles).isBetween(25L, 90L); // about one in eight
    }

    @Test
    void costsAreThoseOfTheRulesZeroWhenNotEligibleAndInARealisticRange() {
        assertThat(national).filteredOn(c -> !c.eligible()).allMatch(c -> c.cout().signum() == 0);
        List<CandidatScenario> eligibles = national.stream().filter(CandidatScenario::eligible).toList();
        double moyenne = eligibles.stream().mapToDouble(c -> c.cout().doubleValue()).average().orElseThrow();
        // part A 20–50 k€ + part B up to 25 k€ + ETP programmes: the published average is about 50 k€ (CSMF 2014)
        assertThat(moyenne).isBetween(35_000.0, 65_000.0);
        // at least 80 % of the smallest part A (20 k€) when no objective is met
        assertThat(eligibles).allMatch(c -> c.cout().doubleValue() >= 16_000 && c.patienteleRetenue() > 0);
    }

    @Test
    void theCommittedNationalSampleIsTheGeneratorsOutput() throws Exception {
        List<CandidatScenario> fichier = CandidatsCsv.lire(Files.readString(Path.of("config/scenarios/candidats-nationaux-400.csv")), Codes.Region.VALEURS);

        assertThat(fichier).isEqualTo(national);
    }
}
