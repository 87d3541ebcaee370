package fr.enmr.moteur.constats;

import static fr.enmr.moteur.constats.DossiersDeTest.ANNEE;
import static fr.enmr.moteur.constats.DossiersDeTest.avecProgrammes;
import static fr.enmr.moteur.constats.DossiersDeTest.programme;
import static fr.enmr.moteur.constats.DossiersDeTest.programmeAutoriseJusquAu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.enmr.dossier.ProgrammeEtp;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AutorisationExpireTest {

    @Inject
    ConstatsService service;

    @Test
    void uneAutorisationFinissantLe31DecembreDeLAnneeEstSignalee() {
        List<Constat> constats = constater(programmeAutoriseJusquAu("ETP-1", LocalDate.of(ANNEE, 12, 31)));

        assertEquals(List.of(new Constat("AUTORISATION_EXPIRE", Gravite.INFO,
                "Programme ETP ETP-1 : l'autorisation de l'ARS prend fin le 31/12/2014, au cours de l'année évaluée (2014).")),
                constats);
    }

    @Test
    void uneAutorisationFinissantLe1erJanvierDeLAnneeEstSignalee() {
        assertEquals(1, constater(programmeAutoriseJusquAu("ETP-1", LocalDate.of(ANNEE, 1, 1))).size());
    }

    @Test
    void uneAutorisationFinissantLe1erJanvierSuivantNEstPasSignalee() {
        assertEquals(List.of(), constater(programmeAutoriseJusquAu("ETP-1", LocalDate.of(ANNEE + 1, 1, 1))));
    }

    @Test
    void uneAutorisationFinieLe31DecembrePrecedentNEstPasSignalee() {
        assertEquals(List.of(), constater(programmeAutoriseJusquAu("ETP-1", LocalDate.of(ANNEE - 1, 12, 31))));
    }

    @Test
    void unProgrammeSansAutorisationNEstPasSignale() {
        assertEquals(List.of(), constater(programme("ETP-1", null, null, null)));
    }

    @Test
    void unConstatParProgrammeConcerne() {
        List<Constat> constats = constater(
                programmeAutoriseJusquAu("ETP-2", LocalDate.of(ANNEE, 6, 30)),
                programmeAutoriseJusquAu("ETP-3", LocalDate.of(ANNEE + 2, 6, 30)),
                programmeAutoriseJusquAu("ETP-1", LocalDate.of(ANNEE, 3, 31)));

        assertEquals(List.of("31/03/2014", "30/06/2014"),
                constats.stream().map(constat -> constat.message().replaceAll(".*prend fin le (\\S+),.*", "$1")).toList());
    }

    private List<Constat> constater(ProgrammeEtp... programmes) {
        return service.constater(avecProgrammes(programmes), ANNEE, 0, BigDecimal.ONE, SeuilsDeTest.livres());
    }
}
