package fr.enmr.regles.differences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.jeu.TypeFichier;

/** Differences between the packaged rule files and real modified copies of them. */
class ComparaisonVersionsTest {

    private static final String DMN = lire("dmn/enmr.dmn");
    private static final String DRL = lire("rules/constats.drl");
    private static final String CAS = lire("src/main/resources/cas/bornes-module1.json");

    private static final String PART_A_CLASSE_2 = "<outputEntry id=\"_expr_096\"><text>30000</text></outputEntry>\n"
            + "        <annotationEntry><text>De 2 000 à 3 999 patients : 30 000 € (calibré).</text></annotationEntry>";

    @Test
    void identicalVersionsHaveNoDifference() {
        Differences d = comparer(DMN, DRL, CAS, DMN, DRL, CAS);

        assertThat(d.identiques()).isTrue();
        assertThat(d.modeles()).isEmpty();
    }

    @Test
    void anAmountChangedInPartAIsOneChangedRowOfThatTable() {
        String dmn = remplacer(DMN, PART_A_CLASSE_2, PART_A_CLASSE_2.replace("30000", "31000").replace("30 000", "31 000"));

        Differences d = comparer(DMN, DRL, CAS, dmn, DRL, CAS);

        assertThat(d.identiques()).isFalse();
        Differences.ModeleChange modele = d.modeles().get(0);
        assertThat(modele.fichier()).isEqualTo("enmr.dmn");
        assertThat(modele.expressions()).isEmpty();
        assertThat(modele.elementsAjoutes()).isEmpty();
        assertThat(modele.tables()).singleElement().satisfies(t -> {
            assertThat(t.element()).isEqualTo("Part A");
            assertThat(t.entrees()).containsExactly("Patientèle retenue");
            assertThat(t.colonnes()).isNull();
            assertThat(t.lignesAjoutees()).isEmpty();
            assertThat(t.lignesRetirees()).isEmpty();
            assertThat(t.lignesModifiees()).singleElement().satisfies(l -> {
                assertThat(l.avant()).isEqualTo(new Differences.Ligne(2, "_expr_094", List.of("[2000..4000)"), List.of("30000"),
                        List.of("De 2 000 à 3 999 patients : 30 000 € (calibré).")));
                assertThat(l.apres().numero()).isEqualTo(2);
                assertThat(l.apres().sorties()).containsExactly("31000");
                assertThat(l.apres().annotations()).containsExactly("De 2 000 à 3 999 patients : 31 000 € (calibré).");
            });
        });
    }

    @Test
    void aRowAddedWithoutIdIsAddedAndTheOthersKeepTheirIdentity() {
        String nouvelle = """
                      <rule>
                        <inputEntry><text>&quot;ENMR_2016&quot;</text></inputEntry>
                        <outputEntry><text>2016</text></outputEntry>
                        <outputEntry><text>2016</text></outputEntry>
                        <outputEntry><text>2016</text></outputEntry>
                        <outputEntry><text>true</text></outputEntry>
                        <outputEntry><text>false</text></outputEntry>
                        <annotationEntry><text>Campagne fictive.</text></annotationEntry>
                      </rule>
                    </decisionTable>""";
        String dmn = DMN.replaceFirst("\\s*</decisionTable>", "\n" + nouvelle);

        Differences.TableChange table = comparer(DMN, DRL, CAS, dmn, DRL, CAS).modeles().get(0).tables().get(0);

        assertThat(table.element()).isEqualTo("Règles de la campagne");
        assertThat(table.lignesModifiees()).isEmpty();
        assertThat(table.lignesRetirees()).isEmpty();
        assertThat(table.lignesAjoutees()).singleElement().satisfies(l -> {
            assertThat(l.numero()).isEqualTo(3);
            assertThat(l.id()).isNull();
            assertThat(l.entrees()).containsExactly("\"ENMR_2016\"");
            assertThat(l.sorties()).containsExactly("2016", "2016", "2016", "true", "false");
        });
    }

    @Test
    void withoutIdsRowsAreMatchedByContentThenByTheirInputs() {
        String sansIds = DMN.replaceAll("<rule id=\"[^\"]*\">", "<rule>");
        // rows 1 and 2 of Part A swapped (same rules, moved), row 3 given another amount, row 4 removed
        String apres = sansIds
                .replace("<text>40000</text>", "<text>42000</text>")
                .replaceFirst("(?s)<rule>\\s*<inputEntry id=\"_expr_101\">.*?</rule>", "");
        String ligne1 = extraire(apres, "(?s)<rule>\\s*<inputEntry id=\"_expr_092\">.*?</rule>");
        String ligne2 = extraire(apres, "(?s)<rule>\\s*<inputEntry id=\"_expr_095\">.*?</rule>");
        apres = apres.replace(ligne1, "@@1").replace(ligne2, ligne1).replace("@@1", ligne2);

        Differences.TableChange table = comparer(sansIds, DRL, CAS, apres, DRL, CAS).modeles().get(0).tables().get(0);

        assertThat(table.element()).isEqualTo("Part A");
        assertThat(table.lignesAjoutees()).isEmpty();
        assertThat(table.lignesModifiees()).singleElement().satisfies(l -> {
            assertThat(l.avant().entrees()).containsExactly("[4000..6000)");
            assertThat(l.avant().sorties()).containsExactly("40000");
            assertThat(l.apres().sorties()).containsExactly("42000");
        });
        assertThat(table.lignesRetirees()).singleElement().satisfies(l -> {
            assertThat(l.numero()).isEqualTo(4);
            assertThat(l.entrees()).containsExactly(">= 6000");
        });
    }

    @Test
    void aLiteralExpressionAndAContextEntryChangedAreShownBeforeAndAfter() {
        String dmn = remplacer(DMN, "<text>1000</text>", "<text>1100</text>");
        dmn = remplacer(dmn, "<text>projetDeSante.formalise = true</text>", "<text>projetDeSante.formalise</text>");

        Differences.ModeleChange modele = comparer(DMN, DRL, CAS, dmn, DRL, CAS).modeles().get(0);

        assertThat(modele.tables()).isEmpty();
        assertThat(modele.expressions()).containsExactlyInAnyOrder(
                new Differences.ExpressionChange("Taux part B par ETP", "Taux part B par ETP", "1000", "1100"),
                new Differences.ExpressionChange("Critère PROJET_DE_SANTE", "Critère PROJET_DE_SANTE › formalisé",
                        "projetDeSante.formalise = true", "projetDeSante.formalise"));
    }

    @Test
    void aContextEntryAddedHasNoBefore() {
        String entree = """
                      <contextEntry>
                        <variable name="note" typeRef="string"/>
                        <literalExpression><text>&quot;revue 2016&quot;</text></literalExpression>
                      </contextEntry>
                      <contextEntry>
                        <variable id="_expr_049\"""";
        String dmn = remplacer(DMN, "<contextEntry>\n        <variable id=\"_expr_049\"", entree.strip());

        Differences.ModeleChange modele = comparer(DMN, DRL, CAS, dmn, DRL, CAS).modeles().get(0);

        assertThat(modele.expressions()).containsExactly(
                new Differences.ExpressionChange("Critère PROJET_DE_SANTE", "Critère PROJET_DE_SANTE › note", null, "\"revue 2016\""));
    }

    @Test
    void decisionsAddedAndRemovedAreNamed() {
        String dmn = DMN.replace("name=\"Demi-journées par ETP\"", "name=\"Demi-journées hebdomadaires par ETP\"");

        Differences.ModeleChange modele = comparer(DMN, DRL, CAS, dmn, DRL, CAS).modeles().get(0);

        assertThat(modele.elementsAjoutes()).containsExactly(new Differences.Element("decision", "Demi-journées hebdomadaires par ETP"));
        assertThat(modele.elementsRetires()).containsExactly(new Differences.Element("decision", "Demi-journées par ETP"));
    }

    @Test
    void drlRulesAddedRemovedAndChangedByName() {
        String drl = remplacer(DRL, "multiply(etpMedecinsGeneralistes)) > 0", "multiply(etpMedecinsGeneralistes)) >= 0")
                .replace("rule \"PROJET_DE_SANTE_ANCIEN\"", "rule \"PROJET_DE_SANTE_TRES_ANCIEN\"");

        Differences.UniteChange unite = comparer(DMN, DRL, CAS, DMN, drl, CAS).unites().get(0);

        assertThat(unite.fichier()).isEqualTo("constats.drl");
        assertThat(unite.reglesModifiees()).singleElement().satisfies(r -> {
            assertThat(r.nom()).isEqualTo("PATIENTELE_ELEVEE");
            assertThat(r.avant().texte()).contains("multiply(etpMedecinsGeneralistes)) > 0").startsWith("rule \"PATIENTELE_ELEVEE\"").endsWith("end");
            assertThat(r.apres().texte()).contains("multiply(etpMedecinsGeneralistes)) >= 0");
        });
        assertThat(unite.reglesAjoutees()).extracting(Differences.Regle::nom).containsExactly("PROJET_DE_SANTE_TRES_ANCIEN");
        assertThat(unite.reglesRetirees()).extracting(Differences.Regle::nom).containsExactly("PROJET_DE_SANTE_ANCIEN");
        assertThat(unite.entete()).isNull();
    }

    @Test
    void aChangeOutsideTheRulesIsShown() {
        String drl = remplacer(DRL, "import java.util.List;\n", "import java.util.List;\nimport java.util.Set;\n");

        Differences.UniteChange unite = comparer(DMN, DRL, CAS, DMN, drl, CAS).unites().get(0);

        assertThat(unite.reglesModifiees()).isEmpty();
        assertThat(unite.entete().apres()).contains("import java.util.Set;");
        assertThat(unite.entete().avant()).doesNotContain("import java.util.Set;");
    }

    @Test
    void casesChangedAddedAndFilesAddedOrRemoved() {
        String cas = remplacer(CAS, "\"patienteleRetenue\": 1999, \"partA\": 20000", "\"patienteleRetenue\": 1999, \"partA\": 21000").replaceFirst("\\[", """
                [{"nom": "Nouveau cas", "base": "msp-bretagne-2014", "attendu": {"eligible": true}},""");
        JeuDeRegles avant = new JeuDeRegles(List.of(new FichierRegles("enmr.dmn", TypeFichier.DMN, DMN),
                new FichierRegles("bornes-module1.json", TypeFichier.CAS, CAS), new FichierRegles("annees.json", TypeFichier.CAS, "[]")));
        JeuDeRegles apres = new JeuDeRegles(List.of(new FichierRegles("enmr.dmn", TypeFichier.DMN, DMN),
                new FichierRegles("bornes-module1.json", TypeFichier.CAS, cas), new FichierRegles("bases/autre.json", TypeFichier.CAS, "{}")));

        Differences d = ComparaisonVersions.comparer("v2", "v1", avant, apres);

        assertThat(d.modeles()).isEmpty();
        assertThat(d.fichiersAjoutes()).containsExactly(new Differences.Fichier("bases/autre.json", "CAS"));
        assertThat(d.fichiersRetires()).containsExactly(new Differences.Fichier("annees.json", "CAS"));
        assertThat(d.cas()).singleElement().satisfies(c -> {
            assertThat(c.casAjoutes()).containsExactly("Nouveau cas");
            assertThat(c.casRetires()).isEmpty();
            assertThat(c.casModifies()).singleElement().asString().startsWith("Part A : 1999 patients");
        });
    }

    private static Differences comparer(String dmnAvant, String drlAvant, String casAvant, String dmnApres, String drlApres, String casApres) {
        return ComparaisonVersions.comparer("apres", "avant",
                jeu(dmnAvant, drlAvant, casAvant), jeu(dmnApres, drlApres, casApres));
    }

    private static JeuDeRegles jeu(String dmn, String drl, String cas) {
        return new JeuDeRegles(List.of(new FichierRegles("enmr.dmn", TypeFichier.DMN, dmn), new FichierRegles("constats.drl", TypeFichier.DRL, drl),
                new FichierRegles("bornes-module1.json", TypeFichier.CAS, cas)));
    }

    /** Replaces text that must be there once, so that a change of the packaged files cannot make a test pass vacuously. */
    private static String remplacer(String texte, String avant, String apres) {
        assertThat(texte).containsOnlyOnce(avant);
        return texte.replace(avant, apres);
    }

    private static String extraire(String texte, String motif) {
        var m = java.util.regex.Pattern.compile(motif).matcher(texte);
        assertThat(m.find()).as(motif).isTrue();
        return m.group();
    }

    private static String lire(String chemin) {
        try {
            return Files.readString(Path.of(chemin), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(chemin, e);
        }
    }
}
