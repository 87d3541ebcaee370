package fr.enmr.moteur.constats;

import static fr.enmr.moteur.constats.DossiersDeTest.ANNEE;
import static fr.enmr.moteur.constats.DossiersDeTest.programme;
import static fr.enmr.moteur.constats.DossiersDeTest.programmeAutoriseJusquAu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.ProjetDeSante;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConstatsServiceTest {

    @Inject
    ConstatsService service;

    @Inject
    ObjectMapper json;

    @Test
    void unDossierSansRienDeNotableNAAucunConstat() {
        assertEquals(List.of(), service.constater(DossiersDeTest.avecProgrammes(), ANNEE, 3350, new BigDecimal("2.73"), SeuilsDeTest.livres()));
    }

    @Test
    void lesConstatsSontRangesParCodePuisParProgramme() {
        Dossier dossier = DossiersDeTest.dossier(new ProjetDeSante(true, LocalDate.of(2001, 5, 2), List.of()), List.of(
                programme("ETP-Z", ANNEE - 1, 10, null),
                programmeAutoriseJusquAu("ETP-Y", LocalDate.of(ANNEE, 9, 30)),
                programmeAutoriseJusquAu("ETP-X", LocalDate.of(ANNEE, 9, 30))));

        List<Constat> constats = service.constater(dossier, ANNEE, 10_000, BigDecimal.ONE, SeuilsDeTest.livres());

        assertEquals(List.of("AUTORISATION_EXPIRE", "AUTORISATION_EXPIRE", "FILE_ACTIVE_INSUFFISANTE",
                "PATIENTELE_ELEVEE", "PROJET_DE_SANTE_ANCIEN"), constats.stream().map(Constat::code).toList());
        assertEquals("Programme ETP ETP-X", constats.get(0).message().substring(0, 19));
    }

    @Test
    void unConstatSeLitEnJsonAvecLesChampsDuContrat() throws Exception {
        String texte = json.writeValueAsString(new Constat("PATIENTELE_ELEVEE", Gravite.WARNING, "message"));

        assertEquals("{\"code\":\"PATIENTELE_ELEVEE\",\"gravite\":\"WARNING\",\"message\":\"message\"}", texte);
    }
}
