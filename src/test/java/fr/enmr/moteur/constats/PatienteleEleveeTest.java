package fr.enmr.moteur.constats;

import static fr.enmr.moteur.constats.DossiersDeTest.ANNEE;
import static fr.enmr.moteur.constats.DossiersDeTest.avecProgrammes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PatienteleEleveeTest {

    private static final BigDecimal UN_ETP_VINGT = new BigDecimal("1.20");

    @Inject
    ConstatsService service;

    @Test
    void exactement2500PatientsParEtpNEstPasSignale() {
        assertEquals(List.of(), constater(3000, UN_ETP_VINGT));
    }

    @Test
    void auDelaDe2500PatientsParEtpEstSignale() {
        List<Constat> constats = constater(3001, UN_ETP_VINGT);

        assertEquals(1, constats.size());
        Constat constat = constats.get(0);
        assertEquals("PATIENTELE_ELEVEE", constat.code());
        assertEquals(Gravite.WARNING, constat.gravite());
        assertEquals("Patientèle retenue de 3001 patients pour 1,20 équivalent temps plein (ETP) de médecins généralistes adhérents, "
                + "soit environ 2500,83 patients par ETP : plus de 2500 patients par ETP.", constat.message());
    }

    @Test
    void sansMedecinGeneralisteAdherentRienNEstSignale() {
        assertEquals(List.of(), constater(3350, BigDecimal.ZERO));
        assertEquals(List.of(), constater(3350, new BigDecimal("0.00")));
        assertEquals(List.of(), constater(3350, null));
    }

    private List<Constat> constater(long patienteleRetenue, BigDecimal etpMedecinsGeneralistes) {
        return service.constater(avecProgrammes(), ANNEE, patienteleRetenue, etpMedecinsGeneralistes, SeuilsDeTest.livres());
    }
}
