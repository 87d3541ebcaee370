package fr.enmr.dossier.echantillon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.ProgrammeEtp;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.echantillon.Codes.Sens;

class EchantillonsTest {

    private static final ObjectMapper MAPPER = JsonDossiers.mapper(); // rejects unknown fields
    private static final Map<String, String> DEPARTEMENT_PAR_SITE = new LinkedHashMap<>();

    static {
        DEPARTEMENT_PAR_SITE.put("Pôle de santé de Bréhan", "56");
        DEPARTEMENT_PAR_SITE.put("MSP de Melgven", "29");
        DEPARTEMENT_PAR_SITE.put("MSP de La Guerche de Bretagne", "35");
        DEPARTEMENT_PAR_SITE.put("MSP de Val d'Izé", "35");
        DEPARTEMENT_PAR_SITE.put("Pôle de santé de Mauron", "56");
        DEPARTEMENT_PAR_SITE.put("Pôle de santé de l'Aulne Maritime Le Faou", "29");
        DEPARTEMENT_PAR_SITE.put("Pôle de santé de St Méen le Grand", "35");
        DEPARTEMENT_PAR_SITE.put("Pôle de santé de Rennes Le Gast", "35");
        DEPARTEMENT_PAR_SITE.put("Pôle de santé de La Roche Bernard", "56");
    }

    private final List<Dossier> sites = Echantillons.bretagnePremiereVague(MAPPER);

    @Test
    void loadsTheNineSitesWithTheirRealNamesAndDepartements() {
        assertEquals(9, sites.size());
        Map<String, String> charges = sites.stream().collect(Collectors.toMap(
                d -> d.structure().nom(), d -> d.structure().departement(), (a, b) -> a, LinkedHashMap::new));
        assertEquals(DEPARTEMENT_PAR_SITE, charges);
    }

    @Test
    void everySiteIsAValidEnmr2010DossierInBretagne() {
        assertEquals(List.of(), Validations.violations(sites));
        for (Dossier site : sites) {
            assertEquals(Campagne.ENMR_2010, site.campagne());
            assertEquals(Region.BRETAGNE, site.structure().region());
            assertTrue(site.annee() >= 2010 && site.annee() <= 2013, site.reference());
            assertTrue(site.reference().matches("BRE-2010-000[1-9]"), site.reference());
        }
        assertEquals(9, sites.stream().map(Dossier::reference).distinct().count());
    }

    @Test
    void mostSitesAreEligibleWithTheIntendedVariety() {
        assertEquals(8, sites.stream().filter(d -> CriteresDeSite.echecs(d).isEmpty()).count());
        assertTrue(sites.stream().anyMatch(d -> patienteleRetenue(d) < 2_000));
        assertTrue(sites.stream().anyMatch(d -> patienteleRetenue(d) >= 4_000));
        assertTrue(sites.stream().anyMatch(d -> d.indicateursOuVide().stream().anyMatch(i -> Sens.BAISSE.equals(i.sens()))));
        assertTrue(sites.stream().anyMatch(d -> d.programmesEtpOuVide().stream().anyMatch(p -> !autorisationEnVigueur(p, d.annee()))));
    }

    @Test
    void fallsBackToTheCopyOnTheClasspath() {
        assertNotNull(Echantillons.class.getResource("/echantillons/" + Echantillons.BRETAGNE_PREMIERE_VAGUE));
        List<Dossier> depuisLeJar = Echantillons.lire(MAPPER, Path.of("repertoire-absent"), Echantillons.BRETAGNE_PREMIERE_VAGUE);
        assertEquals(sites, depuisLeJar);
    }

    private static int patienteleRetenue(Dossier dossier) {
        return dossier.patientele().adultesMedecinTraitant() + dossier.patientele().enfants6a16DeuxConsultations();
    }

    private static boolean autorisationEnVigueur(ProgrammeEtp programme, int annee) {
        return programme.autorisationArs() != null
                && !programme.autorisationArs().debut().isAfter(LocalDate.of(annee, 12, 31))
                && !programme.autorisationArs().fin().isBefore(LocalDate.of(annee, 1, 1));
    }
}
