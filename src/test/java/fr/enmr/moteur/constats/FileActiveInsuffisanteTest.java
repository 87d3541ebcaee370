package fr.enmr.moteur.constats;

import static fr.enmr.moteur.constats.DossiersDeTest.ANNEE;
import static fr.enmr.moteur.constats.DossiersDeTest.avecProgrammes;
import static fr.enmr.moteur.constats.DossiersDeTest.programme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.enmr.dossier.ProgrammeEtp;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FileActiveInsuffisanteTest {

    @Inject
    ConstatsService service;

    @Test
    void uneFileActiveDe49EstSousLeMinimum() {
        List<Constat> constats = constater(programme("ETP-1", ANNEE - 1, 49, null));

        assertEquals(1, constats.size());
        Constat constat = constats.get(0);
        assertEquals("FILE_ACTIVE_INSUFFISANTE", constat.code());
        assertEquals(Gravite.WARNING, constat.gravite());
        assertEquals("Programme ETP ETP-1 démarré en 2013 : file active de 49 patients en 2014, "
                + "inférieure au minimum de 50 patients.", constat.message());
    }

    @Test
    void uneFileActiveDe50AtteintLeMinimum() {
        assertEquals(List.of(), constater(programme("ETP-1", ANNEE - 1, 50, null)));
    }

    @Test
    void uneHausseDeExactement10PourCentSuffit() {
        assertEquals(List.of(), constater(programme("ETP-1", ANNEE - 1, 55, 50)));
    }

    @Test
    void uneHausseJusteSous10PourCentEstSignalee() {
        List<Constat> constats = constater(programme("ETP-1", ANNEE - 1, 54, 50));

        assertEquals(1, constats.size());
        assertEquals("Programme ETP ETP-1 démarré en 2013 : file active de 54 patients en 2014, "
                + "en hausse de moins de 10 % sur celle de l'année précédente (50 patients).", constats.get(0).message());
    }

    @Test
    void leSeuilDe110PourCentEstCalculeSansArrondi() {
        // 1.10 × 48 = 52.8: 52 is below, 53 is not.
        assertEquals(1, constater(programme("ETP-1", ANNEE - 1, 52, 48)).size());
        assertEquals(List.of(), constater(programme("ETP-1", ANNEE - 1, 53, 48)));
    }

    @Test
    void lesDeuxMotifsDonnentUnSeulConstat() {
        List<Constat> constats = constater(programme("ETP-1", ANNEE - 1, 45, 48));

        assertEquals(1, constats.size());
        String message = constats.get(0).message();
        assertTrue(message.contains("inférieure au minimum de 50 patients et en hausse de moins de 10 %"), message);
        assertTrue(message.contains("(48 patients)"), message);
    }

    @Test
    void unProgrammeDemarreDansLAnneeEvalueeNEstPasJuge() {
        assertEquals(List.of(), constater(programme("ETP-1", ANNEE, 10, null)));
    }

    @Test
    void sansAnneeDeDemarrageNiFileActiveRienNEstSignale() {
        assertEquals(List.of(), constater(programme("ETP-1", null, 10, null)));
        assertEquals(List.of(), constater(programme("ETP-1", ANNEE - 1, null, 100)));
    }

    @Test
    void unConstatParProgrammeConcerneDansLOrdreDesIdentifiants() {
        List<Constat> constats = constater(
                programme("ETP-B", ANNEE - 2, 30, null),
                programme("ETP-OK", ANNEE - 2, 80, 60),
                programme("ETP-A", ANNEE - 1, 60, 60));

        assertEquals(2, constats.size());
        assertTrue(constats.get(0).message().startsWith("Programme ETP ETP-A "), constats.get(0).message());
        assertTrue(constats.get(1).message().startsWith("Programme ETP ETP-B "), constats.get(1).message());
    }

    private List<Constat> constater(ProgrammeEtp... programmes) {
        // Patientèle 0: no other finding can be raised.
        return service.constater(avecProgrammes(programmes), ANNEE, 0, BigDecimal.ONE, SeuilsDeTest.livres());
    }
}
