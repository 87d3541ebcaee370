package fr.enmr.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules' sentences as people read them, on the page and in the PDF alike (issue 28). */
class TexteLisibleTest {

    @Test
    void aCodeOfTheContractBecomesItsLabelAndAnIsoDateAFrenchDate() {
        assertThat(TexteLisible.de("Région BRETAGNE : les 26 régions sont ouvertes par la campagne ENMR_2014."))
                .isEqualTo("Région Bretagne : les 26 régions sont ouvertes par la campagne ENMR 2014.");
        assertThat(TexteLisible.de("Projet de santé formalisé, transmis à l'ARS le 2013-11-15 (au plus tard le 2014-12-31)"))
                .isEqualTo("Projet de santé formalisé, transmis à l'ARS le 15/11/2013 (au plus tard le 31/12/2014)");
        assertThat(TexteLisible.de("axes : ACCES_AUX_SOINS, CONTINUITE_DES_SOINS, COORDINATION"))
                .isEqualTo("axes : Accès aux soins, Continuité des soins, Coordination");
    }

    @Test
    void aCodeInBracketsAfterItsOwnLabelIsDropped() {
        assertThat(TexteLisible.de("Maison de santé (MAISON_DE_SANTE) : type de structure éligible."))
                .isEqualTo("Maison de santé : type de structure éligible.");
        // after another word, the code in brackets is named
        assertThat(TexteLisible.de("Structure déclarée (MAISON_DE_SANTE)")).isEqualTo("Structure déclarée (Maison de santé)");
    }

    @Test
    void anAmbiguousCodeAnUnknownCodeAndACodeItsLabelBeginsWithStayAsTheyAre() {
        assertThat(TexteLisible.de("Type AUTRE, forme SISA, code NOUVEAU_CODE, sigle ETP"))
                .isEqualTo("Type AUTRE, forme SISA, code NOUVEAU_CODE, sigle ETP");
    }

    @Test
    void nothingAndEmptyStayAsTheyAre() {
        assertThat(TexteLisible.de(null)).isNull();
        assertThat(TexteLisible.de("")).isEmpty();
    }
}
