package fr.enmr.allocation.candidats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.enmr.allocation.candidats.DoublonsPresumes.Equipe;

/** Teams that look like one under several references: same name (case, accents, spacing aside), type and department. */
class DoublonsPresumesTest {

    @Test
    void theSameNameWrittenDifferentlyWithTheSameTypeAndDepartmentIsOneSuspectedTeam() {
        List<DoublonPresume> doublons = DoublonsPresumes.parmi(List.of(
                new Equipe("BRE-3", "MSP de Saint-Brévin", "MAISON_DE_SANTE", "29"),
                new Equipe("BRE-1", "msp  de SAINT brevin ", "MAISON_DE_SANTE", "29"),
                new Equipe("BRE-2", "MSP de Saint-Brévin", "MAISON_DE_SANTE", "22"),
                new Equipe("BRE-4", "MSP de Saint-Brévin", "CENTRE_DE_SANTE", "29"),
                new Equipe("BRE-5", "Pôle de santé de Melgven", "POLE_DE_SANTE", "29")));

        assertThat(doublons).containsExactly(new DoublonPresume(List.of("BRE-1", "BRE-3"), "MSP de Saint-Brévin", "MAISON_DE_SANTE", "29"));
        assertThat(doublons.get(0).pour("BRE-3")).contains("figure aussi sous la référence BRE-1");
    }

    @Test
    void teamsWithoutNameOrDepartmentAreNeverFlagged() {
        assertThat(DoublonsPresumes.parmi(List.of(new Equipe("A", null, "MAISON_DE_SANTE", "29"), new Equipe("B", null, "MAISON_DE_SANTE", "29"),
                new Equipe("C", "MSP", "MAISON_DE_SANTE", null), new Equipe("D", "MSP", "MAISON_DE_SANTE", null)))).isEmpty();
    }
}
