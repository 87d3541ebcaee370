package fr.enmr.regles.rebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.JeuDeRegles;

/** A version's own changes carried onto the active version element by element, on the packaged files. */
class FusionJeuxTest {

    private static final JeuDeRegles BASE = JeuDeRegles.livre();
    private static final String DMN = "enmr.dmn";
    private static final String DRL = "constats.drl";
    private static final String CAS = "annees.json";
    private static final String PART_A_LIGNE_2 = "<outputEntry id=\"_expr_096\"><text>30000</text>";
    private static final String CAMPAGNE_LIGNE_2 = "<annotationEntry><text>Extension LFSS 2014 : 26 régions";
    private static final String PART_A_LIGNE_2_SOURCE = "<annotationEntry><text>De 2 000 à 3 999 patients : 30 000 € (calibré).";

    private static JeuDeRegles avec(String nom, UnaryOperator<String> changement) {
        return BASE.avec(List.of(FichierRegles.de(nom, changement.apply(BASE.fichier(nom).orElseThrow().contenu()))));
    }

    private static String remplacer(String texte, String avant, String apres) {
        assertThat(texte).contains(avant);
        return texte.replace(avant, apres);
    }

    @Test
    void twoRowsOfTwoTablesChangedOnEachSideAreBothKeptAndTheRestOfTheFileIsTheActiveOneAsWritten() {
        JeuDeRegles active = avec(DMN, t -> remplacer(t, CAMPAGNE_LIGNE_2, "<annotationEntry><text>LFSS 2014, relu"));
        JeuDeRegles version = avec(DMN, t -> remplacer(t, PART_A_LIGNE_2, "<outputEntry id=\"_expr_096\"><text>31000</text>"));

        FusionJeux.Resultat resultat = FusionJeux.fusionner(BASE, active, version);

        assertThat(resultat.conflits()).isEmpty();
        String attendu = remplacer(active.fichier(DMN).orElseThrow().contenu(), PART_A_LIGNE_2, "<outputEntry id=\"_expr_096\"><text>31000</text>");
        assertThat(resultat.jeu().fichier(DMN).orElseThrow().contenu()).isEqualTo(attendu);
        assertThat(resultat.jeu().fichier(DRL)).isEqualTo(BASE.fichier(DRL));
    }

    @Test
    void theSameRowChangedOnBothSidesIsAConflictNamingTheTableTheRowAndTheThreeValues() {
        JeuDeRegles active = avec(DMN, t -> remplacer(t, PART_A_LIGNE_2_SOURCE, "<annotationEntry><text>De 2 000 à 3 999 patients : 30 000 € (arrêté)."));
        JeuDeRegles version = avec(DMN, t -> remplacer(t, PART_A_LIGNE_2, "<outputEntry id=\"_expr_096\"><text>31000</text>"));

        FusionJeux.Resultat resultat = FusionJeux.fusionner(BASE, active, version);

        assertThat(resultat.jeu()).isNull();
        assertThat(resultat.conflits()).singleElement().satisfies(c -> {
            assertThat(c.fichier()).isEqualTo(DMN);
            assertThat(c.element()).isEqualTo("Part A");
            assertThat(c.ligne()).isEqualTo(2);
            assertThat(c.base()).isEqualTo("[2000..4000) → 30000 (De 2 000 à 3 999 patients : 30 000 € (calibré).)");
            assertThat(c.active()).isEqualTo("[2000..4000) → 30000 (De 2 000 à 3 999 patients : 30 000 € (arrêté).)");
            assertThat(c.version()).isEqualTo("[2000..4000) → 31000 (De 2 000 à 3 999 patients : 30 000 € (calibré).)");
        });
    }

    @Test
    void aLiteralExpressionAContextEntryAndAnItemDefinitionsListAreCarriedOverOntoAnotherChange() {
        JeuDeRegles active = avec(DMN, t -> remplacer(t, PART_A_LIGNE_2, "<outputEntry id=\"_expr_096\"><text>31000</text>"));
        JeuDeRegles version = avec(DMN, t -> remplacer(remplacer(remplacer(t,
                "&quot;LORRAINE&quot;, &quot;FRANCHE_COMTE&quot;]", "&quot;LORRAINE&quot;]"),
                "&quot;RHONE_ALPES&quot;</text>", "&quot;RHONE_ALPES&quot;, &quot;MAYOTTE&quot;</text>"),
                "Type de structure non renseigné", "Type de structure absent"));

        FusionJeux.Resultat resultat = FusionJeux.fusionner(BASE, active, version);

        assertThat(resultat.conflits()).isEmpty();
        assertThat(resultat.jeu().fichier(DMN).orElseThrow().contenu()).isEqualTo(
                remplacer(version.fichier(DMN).orElseThrow().contenu(), PART_A_LIGNE_2, "<outputEntry id=\"_expr_096\"><text>31000</text>"));
    }

    @Test
    void aVersionSavedInDmn16NamespacesIsRebasedOntoADmn15ActiveVersion() {
        JeuDeRegles active = avec(DMN, t -> remplacer(t, CAMPAGNE_LIGNE_2, "<annotationEntry><text>LFSS 2014, relu"));
        JeuDeRegles version = avec(DMN, t -> remplacer(t, PART_A_LIGNE_2, "<outputEntry id=\"_expr_096\"><text>31000</text>")
                .replace("https://www.omg.org/spec/DMN/20230324/MODEL/", "https://www.omg.org/spec/DMN/20240513/MODEL/")
                .replace("https://www.omg.org/spec/DMN/20230324/FEEL/", "https://www.omg.org/spec/DMN/20240513/FEEL/"));

        FusionJeux.Resultat resultat = FusionJeux.fusionner(BASE, active, version);

        assertThat(resultat.conflits()).isEmpty();
        assertThat(resultat.jeu().fichier(DMN).orElseThrow().contenu())
                .contains("<outputEntry id=\"_expr_096\"><text>31000</text>", "LFSS 2014, relu", "https://www.omg.org/spec/DMN/20230324/MODEL/");
    }

    @Test
    void drlRulesAndCasesAreMergedByNameAndTheSameRuleChangedTwiceConflicts() {
        String drl = BASE.fichier(DRL).orElseThrow().contenu();
        String regle1 = drl.substring(drl.indexOf("rule \"PATIENTELE_ELEVEE\""), drl.indexOf("\nend", drl.indexOf("rule \"PATIENTELE_ELEVEE\"")) + 1);
        String regle2 = drl.substring(drl.indexOf("rule \"AUTORISATION_EXPIRE\""), drl.indexOf("\nend", drl.indexOf("rule \"AUTORISATION_EXPIRE\"")) + 1);
        String cas = BASE.fichier(CAS).orElseThrow().contenu();
        JeuDeRegles active = avec(DRL, t -> t.replace(regle1, regle1 + "    // relu (active)\n"))
                .avec(List.of(FichierRegles.de(CAS, remplacer(cas, "§2 PROJET_DE_SANTE\"", "§2 PROJET_DE_SANTE (relu)\""))));
        JeuDeRegles version = avec(DRL, t -> t.replace(regle2, regle2 + "    // relu (version)\n"))
                .avec(List.of(FichierRegles.de(CAS, remplacer(cas, "§8.3\"", "§8.3 (relu)\""))));

        FusionJeux.Resultat resultat = FusionJeux.fusionner(BASE, active, version);

        assertThat(resultat.conflits()).isEmpty();
        assertThat(resultat.jeu().fichier(DRL).orElseThrow().contenu()).isEqualTo(drl.replace(regle1, regle1 + "    // relu (active)\n")
                .replace(regle2, regle2 + "    // relu (version)\n"));
        assertThat(resultat.jeu().fichier(CAS).orElseThrow().contenu()).isEqualTo(cas.replace("§2 PROJET_DE_SANTE\"", "§2 PROJET_DE_SANTE (relu)\"")
                .replace("§8.3\"", "§8.3 (relu)\""));

        JeuDeRegles memeRegle = avec(DRL, t -> t.replace(regle1, regle1 + "    // autre avis\n"));
        assertThat(FusionJeux.fusionner(BASE, active, memeRegle).conflits()).singleElement().satisfies(c -> {
            assertThat(c.fichier()).isEqualTo(DRL);
            assertThat(c.element()).isEqualTo("PATIENTELE_ELEVEE");
            // the rule's first line in the DRL, counted from 1
            assertThat(c.ligne()).isEqualTo((int) drl.substring(0, drl.indexOf("rule \"PATIENTELE_ELEVEE\"")).lines().count() + 1);
            assertThat(c.active()).contains("relu (active)");
            assertThat(c.version()).contains("autre avis");
        });
    }
}
