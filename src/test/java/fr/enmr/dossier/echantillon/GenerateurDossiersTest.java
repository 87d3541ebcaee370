package fr.enmr.dossier.echantillon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.Indicateur;
import fr.enmr.dossier.Patientele;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.echantillon.Codes.Sens;
import fr.enmr.dossier.echantillon.Codes.TypeStructure;

class GenerateurDossiersTest {

    private static final int GRAND_ECHANTILLON = 2_000;
    private static final GenerateurDossiers GENERATEUR = new GenerateurDossiers();
    private static final List<Dossier> ENMR_2014 = GENERATEUR.generer(2014L, GRAND_ECHANTILLON, Campagne.ENMR_2014);
    private static final List<Dossier> ENMR_2010 = GENERATEUR.generer(2010L, GRAND_ECHANTILLON, Campagne.ENMR_2010);

    @Test
    void sameSeedGivesSameDossiers() {
        assertEquals(GENERATEUR.generer(7L, 300, Campagne.ENMR_2014), GENERATEUR.generer(7L, 300, Campagne.ENMR_2014));
        assertEquals(GENERATEUR.generer(7L, 300, Campagne.ENMR_2010), GENERATEUR.generer(7L, 300, Campagne.ENMR_2010));
    }

    @Test
    void differentSeedsGiveDifferentDossiers() {
        List<Dossier> premier = GENERATEUR.generer(7L, 50, Campagne.ENMR_2014);
        List<Dossier> second = GENERATEUR.generer(8L, 50, Campagne.ENMR_2014);
        assertNotEquals(premier, second);
        assertTrue(premier.stream().filter(second::contains).count() < 5, "seeds 7 and 8 share most dossiers");
    }

    @Test
    void requestedCountIsProduced() {
        assertEquals(0, GENERATEUR.generer(1L, 0, Campagne.ENMR_2014).size());
        assertEquals(GRAND_ECHANTILLON, ENMR_2014.size());
    }

    @Test
    void everyDossierPassesBeanValidation() {
        assertEquals(List.of(), Validations.violations(ENMR_2014));
        assertEquals(List.of(), Validations.violations(ENMR_2010));
    }

    @Test
    void referencesAreUniqueAndWellFormed() {
        for (List<Dossier> echantillon : List.of(ENMR_2014, ENMR_2010)) {
            Set<String> references = new HashSet<>();
            for (Dossier dossier : echantillon) {
                String reference = dossier.reference();
                assertTrue(reference.matches("GEN-[A-Z]{3}-\\d{4,}") && reference.length() <= 64, reference);
                assertTrue(reference.startsWith("GEN-" + ReferentielRegions.code(dossier.structure().region()) + "-"), reference);
                assertTrue(references.add(reference), "duplicate " + reference);
            }
        }
    }

    @Test
    void all26RegionsAppearIn2000Dossiers() {
        Set<String> regions = ENMR_2014.stream().map(d -> d.structure().region()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Region.VALEURS), regions);
    }

    @Test
    void regionsAreWeightedByPopulation() {
        Map<String, Long> parRegion = compter(ENMR_2014, d -> d.structure().region());
        for (String grande : List.of(Region.ILE_DE_FRANCE, Region.RHONE_ALPES, Region.PROVENCE_ALPES_COTE_D_AZUR,
                Region.NORD_PAS_DE_CALAIS)) {
            for (String petite : List.of(Region.CORSE, Region.GUYANE, Region.LIMOUSIN)) {
                assertTrue(parRegion.get(grande) > 3 * parRegion.get(petite), grande + " vs " + petite + ": " + parRegion);
            }
        }
    }

    @Test
    void anneeIsWithinTheCampaign() {
        assertTrue(ENMR_2014.stream().allMatch(d -> d.annee() == 2014));
        assertTrue(ENMR_2010.stream().allMatch(d -> d.annee() >= 2010 && d.annee() <= 2014));
        assertEquals(Set.of(2010, 2011, 2012, 2013, 2014), ENMR_2010.stream().map(Dossier::annee).collect(Collectors.toSet()));
        assertTrue(ENMR_2014.stream().allMatch(d -> Campagne.ENMR_2014.equals(d.campagne())));
    }

    @Test
    void enmr2010MostlyInTheSixExperimentingRegionsButNotAll() {
        double part = part(ENMR_2010, d -> ReferentielRegions.EXPERIMENTATRICES_2010.contains(d.structure().region()));
        assertTrue(part > 0.85 && part < 0.99, "share in the 6 regions: " + part);
    }

    @Test
    void mostlyMaisonsThenPolesAndCentresAndAFewOthers() {
        Map<String, Long> parType = compter(ENMR_2014, d -> d.structure().type());
        assertTrue(parType.get(TypeStructure.MAISON_DE_SANTE) > GRAND_ECHANTILLON / 2, parType.toString());
        assertTrue(parType.get(TypeStructure.POLE_DE_SANTE) > 150 && parType.get(TypeStructure.CENTRE_DE_SANTE) > 150, parType.toString());
        long autres = parType.get(TypeStructure.CABINET_DE_GROUPE) + parType.get(TypeStructure.AUTRE);
        assertTrue(autres > 0 && autres < GRAND_ECHANTILLON / 20, parType.toString());
    }

    @Test
    void aSmallShareIsNotEligible() {
        for (List<Dossier> echantillon : List.of(ENMR_2014, ENMR_2010)) {
            double nonEligibles = part(echantillon, d -> !CriteresDeSite.echecs(d).isEmpty());
            assertTrue(nonEligibles > 0.05 && nonEligibles < 0.25, "share not eligible: " + nonEligibles);
        }
        Set<String> criteresEchoues = ENMR_2014.stream().flatMap(d -> CriteresDeSite.echecs(d).stream()).collect(Collectors.toSet());
        assertEquals(Set.of("TYPE_STRUCTURE", "PROJET_DE_SANTE", "PLURIPROFESSIONNEL", "FORME_JURIDIQUE"), criteresEchoues);
    }

    @Test
    void figuresStayInRealisticRanges() {
        for (Dossier dossier : ENMR_2014) {
            Patientele patientele = dossier.patientele();
            int adultes = patientele.adultesMedecinTraitant();
            assertTrue(adultes >= 800 && adultes <= 12_000, dossier.reference());
            double partEnfants = patientele.enfants6a16DeuxConsultations() / (double) adultes;
            assertTrue(partEnfants >= 0.049 && partEnfants <= 0.121, dossier.reference());
            assertTrue(dossier.indicateursOuVide().size() <= 6 && dossier.programmesEtpOuVide().size() <= 3, dossier.reference());
            for (Indicateur indicateur : dossier.indicateursOuVide()) {
                assertTrue(indicateur.cible().doubleValue() <= 1 && indicateur.realise().doubleValue() <= 1, dossier.reference());
            }
        }
        assertTrue(part(ENMR_2014, d -> d.indicateursOuVide().stream().anyMatch(i -> Sens.BAISSE.equals(i.sens()))) > 0.2);
        double fragiles = part(ENMR_2014, d -> d.structure().zoneFragile());
        assertTrue(fragiles > 0.25 && fragiles < 0.35, "zone fragile: " + fragiles);
        assertTrue(ENMR_2014.stream().allMatch(d -> d.structure().rangArs() >= 1 && d.structure().rangArs() <= 5));
    }

    private static double part(List<Dossier> dossiers, Predicate<Dossier> critere) {
        return dossiers.stream().filter(critere).count() / (double) dossiers.size();
    }

    private static <K> Map<K, Long> compter(List<Dossier> dossiers, Function<Dossier, K> cle) {
        return dossiers.stream().collect(Collectors.groupingBy(cle, Collectors.counting()));
    }
}
