package fr.enmr.moteur.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.enmr.dossier.Vocabulaire;

/** A version's code lists are read by following the dossier's fields through the model's types, not by type names. */
class VocabulaireDmnTest {

    private static String paquet() throws IOException {
        return Files.readString(Path.of("dmn/enmr.dmn"));
    }

    @Test
    void aRenamedTypeStillGivesItsField() throws IOException {
        String renomme = paquet().replace("name=\"tRegion\"", "name=\"tRegionAdministrative\"")
                .replace("<typeRef>tRegion</typeRef>", "<typeRef>tRegionAdministrative</typeRef>")
                .replace("typeRef=\"tRegion\"", "typeRef=\"tRegionAdministrative\"");

        List<VocabulaireDmn.ListeDmn> listes = VocabulaireDmn.listes(List.of(renomme));

        VocabulaireDmn.ListeDmn regions = listes.stream().filter(l -> l.liste() == Vocabulaire.Liste.REGIONS).findFirst().orElseThrow();
        assertThat(regions.type()).isEqualTo("tRegionAdministrative");
        assertThat(regions.codes()).hasSize(26).startsWith("ALSACE").endsWith("RHONE_ALPES");
    }

    @Test
    void listsAreFollowedThroughCollections() throws IOException {
        Vocabulaire vocabulaire = VocabulaireDmn.lire(List.of(paquet()));

        // projetDeSante.axes is a tAxes, a collection of tAxe: the list is tAxe's
        assertThat(vocabulaire.axes()).contains("ACCES_AUX_SOINS", "CONTINUITE_DES_SOINS");
        // professionnels is a tProfessionnels, a collection of tProfessionnel whose profession is a tProfession
        assertThat(vocabulaire.professions()).startsWith("MEDECIN_GENERALISTE");
    }

    @Test
    void aFieldWhoseTypeHasNoListIsNamed() throws IOException {
        String sansListe = paquet().replaceFirst("(?s)(name=\"tPathologie\".*?)<allowedValues.*?</allowedValues>", "$1");

        assertThatThrownBy(() -> VocabulaireDmn.listes(List.of(sansListe))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tPathologie").hasMessageContaining("programmesEtp[].pathologie");
    }
}
