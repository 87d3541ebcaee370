package fr.enmr.moteur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.JeuDeRegles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Rule-set versions compiled at run time with KIE's APIs: what an analyst's draft may and may not be. */
@QuarkusTest
class CompilateurReglesTest {

    private static final JeuDeRegles LIVRE = JeuDeRegles.livre();
    private static final String DMN = LIVRE.fichier("enmr.dmn").orElseThrow().contenu();
    private static final String DRL = LIVRE.fichier("constats.drl").orElseThrow().contenu();

    @Inject
    CompilateurRegles compilateur;

    @Inject
    LecteurDossier lecteur;

    @Inject
    ObjectMapper json;

    private Compilation avec(String dmn, String drl) {
        return compilateur.compiler(LIVRE.avec(List.of(FichierRegles.de("enmr.dmn", dmn), FichierRegles.de("constats.drl", drl))));
    }

    private Verdict exemple(MoteurRegles moteur) throws IOException {
        return moteur.juger(lecteur.lire(DecisionApiSuite.exemple1()));
    }

    @Test
    void thePackagedFilesCompileAndDecideTheReadmeExample() throws IOException {
        Compilation compilation = compilateur.compiler(LIVRE);

        assertThat(compilation.erreurs()).isEmpty();
        MoteurRegles moteur = compilation.moteur().pour("V1");
        assertThat(moteur.empreinte()).isEqualTo(LIVRE.empreinte());
        assertThat(moteur.campagnes()).containsExactly(Campagne.ENMR_2010, Campagne.ENMR_2014);
        Verdict verdict = exemple(moteur);
        assertThat(verdict.total()).isEqualByComparingTo("35450");
        assertThat(moteur.intermediaires(lecteur.lire(DecisionApiSuite.exemple1()).dossier()))
                .containsKeys("Décision", "Règles de la campagne", "Part A")
                .hasEntrySatisfying("Année évaluée", v -> assertThat(v).isEqualTo(new BigDecimal("2014")));
    }

    @Test
    void aChangedAmountDecidesWithTheNewAmountWithoutARebuild() throws IOException {
        String dmn = DMN.replace("<outputEntry id=\"_expr_096\"><text>30000</text>", "<outputEntry id=\"_expr_096\"><text>31000</text>");
        assertThat(dmn).isNotEqualTo(DMN);

        Compilation compilation = avec(dmn, DRL);

        assertThat(compilation.erreurs()).isEmpty();
        assertThat(exemple(compilation.moteur().pour("V2")).total()).isEqualByComparingTo("36450");
    }

    @Test
    void aChangedFindingRuleIsCompiledFromItsText() throws IOException {
        // every dossier with a patientèle over 0 per ETP gets the finding: the example then has it
        String drl = DRL.replace("seuils.patientsParEtpMaximum().multiply(etpMedecinsGeneralistes)", "BigDecimal.ZERO.multiply(etpMedecinsGeneralistes)");
        assertThat(drl).isNotEqualTo(DRL);

        Compilation compilation = avec(DMN, drl);

        assertThat(compilation.erreurs()).isEmpty();
        assertThat(exemple(compilation.moteur().pour("V3")).constats()).anySatisfy(c -> assertThat(c.code()).isEqualTo("PATIENTELE_ELEVEE"));
        assertThat(exemple(compilateur.compiler(LIVRE).moteur().pour("V1")).constats()).isEmpty();
    }

    @Test
    void aVersionStoredBeforeTheEngineMovedStillCompilesUnderItsOldPackage() throws IOException {
        // versions stored before 2026-12 declare the unit's old package: their text and fingerprint are kept as stored
        String ancien = DRL.replace("package fr.enmr.moteur.constats;", "package fr.enmr.decision.constats;")
                .replace("seuils.patientsParEtpMaximum().multiply(etpMedecinsGeneralistes)", "BigDecimal.ZERO.multiply(etpMedecinsGeneralistes)");
        assertThat(ancien).startsWith("package fr.enmr.decision.constats;");

        Compilation compilation = avec(DMN, ancien);

        assertThat(compilation.erreurs()).isEmpty();
        assertThat(exemple(compilation.moteur().pour("V4")).constats()).anySatisfy(c -> assertThat(c.code()).isEqualTo("PATIENTELE_ELEVEE"));
    }

    @Test
    void aDrlThatDoesNotCompileIsReportedWithItsLineAndRule() {
        String drl = DRL.replace("motifs.add(\"inférieure au minimum de \"", "motifs.ajouter(\"inférieure au minimum de \"");
        assertThat(drl).isNotEqualTo(DRL);
        int ligne = (int) drl.substring(0, drl.indexOf("motifs.ajouter")).chars().filter(c -> c == '\n').count() + 1;

        Compilation compilation = avec(DMN, drl);

        assertThat(compilation.reussie()).isFalse();
        assertThat(compilation.erreurs()).anySatisfy(e -> {
            assertThat(e.fichier()).isEqualTo("constats.drl");
            assertThat(e.element()).isEqualTo("FILE_ACTIVE_INSUFFISANTE");
            assertThat(e.ligne()).isNotNull();
            assertThat(e.message()).startsWith("le DRL ne compile pas");
            assertThat(e.moteur()).contains("ajouter").doesNotContainPattern("\\b(org|java)\\.[a-z]+\\.[A-Za-z.]+");
        });
    }

    @Test
    void aGapInADecisionTableIsAnErrorNamingTheTable() {
        Compilation compilation = avec(DMN.replace("<text>&lt; 2000</text>", "<text>&lt; 1999</text>"), DRL);

        assertThat(compilation.reussie()).isFalse();
        assertThat(compilation.erreurs()).anySatisfy(e -> {
            assertThat(e.element()).isEqualTo("Part A");
            assertThat(e.message()).contains("lacune");
            assertThat(e.moteur()).contains("Gap");
        });
    }

    @Test
    void anOverlapInADecisionTableIsAnErrorNamingTheTableAndRow() {
        Compilation compilation = avec(DMN.replace("[2000..4000)", "[2000..4000]"), DRL);

        assertThat(compilation.reussie()).isFalse();
        assertThat(compilation.erreurs()).anySatisfy(e -> {
            assertThat(e.element()).isEqualTo("Part A");
            assertThat(e.message()).contains("chevauchement");
            assertThat(e.ligne()).isEqualTo(2);
        });
    }

    @Test
    void aModelSavedInDmn16NamespacesIsBroughtBackTo15AndDecidesAsBefore() throws IOException {
        String dmn16 = DMN.replace("https://www.omg.org/spec/DMN/20230324/MODEL/", "https://www.omg.org/spec/DMN/20240513/MODEL/")
                .replace("https://www.omg.org/spec/DMN/20230324/FEEL/", "https://www.omg.org/spec/DMN/20240513/FEEL/");
        assertThat(dmn16).contains("20240513/MODEL/");

        Compilation compilation = avec(dmn16, DRL);

        assertThat(compilation.erreurs()).isEmpty();
        assertThat(exemple(compilation.moteur().pour("V4")).total()).isEqualByComparingTo("35450");
    }

    @Test
    void aDmn16OnlyConstructIsRefusedSayingSo() {
        String dmn16 = DMN.replace("https://www.omg.org/spec/DMN/20230324/MODEL/", "https://www.omg.org/spec/DMN/20240513/MODEL/")
                .replace("https://www.omg.org/spec/DMN/20230324/FEEL/", "https://www.omg.org/spec/DMN/20240513/FEEL/");
        // an element DMN 1.5's schema does not have, where 1.6 could bring new ones
        String avecConstruction16 = dmn16.replaceFirst("(<decision id=\"_decision_Regles_de_la_campagne\"[^>]*>)", "$1<inconnueEnDmn15/>");
        assertThat(avecConstruction16).contains("<inconnueEnDmn15/>");

        Compilation compilation = avec(avecConstruction16, DRL);

        assertThat(compilation.reussie()).isFalse();
        assertThat(compilation.erreurs()).anySatisfy(e -> assertThat(e.message()).contains("DMN 1.6").contains("DMN 1.5"));
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsResolved() {
        // an external entity (XXE) and an entity expansion ("billion laughs"): neither may be read or expanded
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + DMN.substring(DMN.indexOf("<definitions")).replaceFirst("<description>", "<description>&secret;");
        String expansion = "<?xml version=\"1.0\"?><!DOCTYPE definitions [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + DMN.substring(DMN.indexOf("<definitions")).replaceFirst("<description>", "<description>&c;");

        for (String dmn : List.of(xxe, expansion)) {
            Compilation compilation = avec(dmn, DRL);

            assertThat(compilation.reussie()).isFalse();
            assertThat(compilation.erreurs()).singleElement().satisfies(e -> {
                assertThat(e.fichier()).isEqualTo("enmr.dmn");
                assertThat(e.message()).contains("DOCTYPE");
                assertThat(e.moteur()).doesNotContain("root:");
            });
        }
    }

    @Test
    void aFileThatIsNotXmlOrNotDmnIsRefused() {
        assertThat(avec("pas du XML", DRL).erreurs()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("XML bien formé"));
        assertThat(avec("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", DRL).erreurs()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("n'est pas un modèle DMN"));
    }

    @Test
    void aValidDossierWithTheYearOutsideItsCampaignIsStillBadInput() throws IOException {
        MoteurRegles moteur = compilateur.compiler(LIVRE).moteur().pour("V1");
        String horsCampagne = DecisionApiSuite.exemple1().replace("\"annee\": 2014", "\"annee\": 2012");
        assertThat(horsCampagne).isNotEqualTo(DecisionApiSuite.exemple1());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> moteur.juger(lecteur.lire(horsCampagne)))
                .isInstanceOf(SaisieInvalideException.class);
    }
}
