package fr.enmr.web.regles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** What the analysts' page reads of dmn/enmr.dmn: a parameter context shows each entry's source. */
class LecteurDmnTest {

    @Test
    void theFindingsThresholdsShowEachEntryWithItsSource() throws IOException {
        ModeleDmn modele;
        try (Reader xml = Files.newBufferedReader(Path.of("dmn/enmr.dmn"))) {
            modele = LecteurDmn.lire("dmn/enmr.dmn", xml);
        }

        ElementDmn seuils = modele.decisions().stream().filter(d -> d.nom().equals("Seuils des constats")).findFirst().orElseThrow();

        assertThat(seuils.expression()).isInstanceOfSatisfying(ExpressionVue.Contexte.class, contexte -> {
            assertThat(contexte.entrees()).extracting(ExpressionVue.Entree::nom).containsExactly("fileActiveMinimale",
                    "hausseAnnuelleMinimaleFileActive", "patientsParEtpMaximum", "ancienneteMaximaleProjetDeSante");
            assertThat(contexte.entrees()).allSatisfy(e -> assertThat(e.description()).containsAnyOf("Source :", "Calibré"));
            assertThat(contexte.entrees().get(0).expression()).isEqualTo(new ExpressionVue.Litterale("50"));
        });
    }
}
