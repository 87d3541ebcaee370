package fr.enmr.moteur.constats;

import static fr.enmr.moteur.constats.DossiersDeTest.ANNEE;
import static fr.enmr.moteur.constats.DossiersDeTest.avecProgrammes;
import static fr.enmr.moteur.constats.DossiersDeTest.avecProjetTransmisLe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.enmr.dossier.Dossier;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjetDeSanteAncienTest {

    @Inject
    ConstatsService service;

    @Test
    void unProjetTransmisLe1erJanvierCinqAnsAvantNEstPasSignale() {
        assertEquals(List.of(), constater(avecProjetTransmisLe(LocalDate.of(ANNEE - 5, 1, 1))));
    }

    @Test
    void unProjetTransmisLaVeilleEstSignale() {
        List<Constat> constats = constater(avecProjetTransmisLe(LocalDate.of(ANNEE - 6, 12, 31)));

        assertEquals(List.of(new Constat("PROJET_DE_SANTE_ANCIEN", Gravite.INFO,
                "Projet de santé transmis à l'ARS le 31/12/2008, plus de 5 ans avant le 1er janvier 2014.")),
                constats);
    }

    @Test
    void sansProjetNiDateDeTransmissionRienNEstSignale() {
        assertEquals(List.of(), constater(avecProgrammes()));
        assertEquals(List.of(), constater(avecProjetTransmisLe(null)));
    }

    private List<Constat> constater(Dossier dossier) {
        return service.constater(dossier, ANNEE, 0, BigDecimal.ONE, SeuilsDeTest.livres());
    }
}
