package fr.enmr.dossier.echantillon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.enmr.moteur.dmn.VocabulaireDmn;
import fr.enmr.dossier.Vocabulaire;

/** The sample generator's and the tests' copy of the packaged codes is the packaged DMN's vocabulary, list by list. */
class CodesDuPaquetTest {

    @Test
    void theCopyIsThePackagedVocabulary() throws IOException {
        Vocabulaire paquet = VocabulaireDmn.lire(List.of(Files.readString(Path.of("dmn/enmr.dmn"))));

        assertThat(Codes.Campagne.VALEURS).isEqualTo(paquet.campagnes());
        assertThat(Codes.Region.VALEURS).isEqualTo(paquet.regions());
        assertThat(Codes.TypeStructure.VALEURS).isEqualTo(paquet.typesStructure());
        assertThat(Codes.FormeJuridique.VALEURS).isEqualTo(paquet.formesJuridiques());
        assertThat(Codes.Profession.VALEURS).isEqualTo(paquet.professions());
        assertThat(Codes.Axe.VALEURS).isEqualTo(paquet.axes());
        assertThat(Codes.Pathologie.VALEURS).isEqualTo(paquet.pathologies());
        assertThat(Codes.Sens.VALEURS).isEqualTo(paquet.sens());
    }

    @Test
    void nullIsAnAllowedValueOfTheModelNotACode() throws IOException {
        Vocabulaire paquet = VocabulaireDmn.lire(List.of(Files.readString(Path.of("dmn/enmr.dmn"))));

        assertThat(paquet.formesJuridiques()).contains("SISA").doesNotContainNull();
        assertThat(paquet.sens()).containsExactly("HAUSSE", "BAISSE");
    }
}
