package fr.enmr.moteur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.moteur.constats.Constat;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.JeuDeRegles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The findings' thresholds are the DMN decision « Seuils des constats »: a version changing one changes the findings, no rebuild. */
@QuarkusTest
class SeuilsDesConstatsTest {

    private static final JeuDeRegles LIVRE = JeuDeRegles.livre();
    private static final String DMN = LIVRE.fichier("enmr.dmn").orElseThrow().contenu();
    private static final String DRL = LIVRE.fichier("constats.drl").orElseThrow().contenu();
    private static final String FILE_ACTIVE_MINIMALE = "<literalExpression id=\"_expr_175\" typeRef=\"number\">\n          <text>50</text>";
    private static final String HAUSSE_MINIMALE = "<literalExpression id=\"_expr_177\" typeRef=\"number\">\n          <text>0.10</text>";
    private static final String ANCIENNETE_MAXIMALE = "<literalExpression id=\"_expr_181\" typeRef=\"number\">\n          <text>5</text>";

    @Inject
    CompilateurRegles compilateur;

    @Inject
    LecteurDossier lecteur;

    @Inject
    ObjectMapper json;

    @Test
    void aVersionWhoseMinimumFileActiveIs60RaisesTheFindingAt55WithTheNewFigureOnBothEngines() throws IOException {
        JeuDeRegles jeu = avecDmn(remplacer(DMN, FILE_ACTIVE_MINIMALE, FILE_ACTIVE_MINIMALE.replace(">50<", ">60<")));

        Verdict compile = juger(compilateur.compilerStockee(jeu), ModeleEnmr.MOTEUR_COMPILE, 55, null);
        Verdict kie = juger(compilateur.compiler(jeu), ModeleEnmr.MOTEUR_KIE, 55, null);

        assertThat(compile.constats()).extracting(Constat::message).containsExactly("Programme ETP ETP-DIAB-01 démarré en 2013 : "
                + "file active de 55 patients en 2014, inférieure au minimum de 60 patients.");
        assertThat(kie.sansLignesRetenues()).isEqualTo(compile.sansLignesRetenues());
        assertThat(juger(compilateur.compilerStockee(jeu), ModeleEnmr.MOTEUR_COMPILE, 60, null).constats()).isEmpty();
    }

    @Test
    void thePackagedVersionRaisesNothingAt55() throws IOException {
        assertThat(juger(compilateur.compiler(LIVRE), ModeleEnmr.MOTEUR_KIE, 55, null).constats()).isEmpty();
    }

    @Test
    void aVersionWhoseMinimumGrowthIs12AndAHalfPercentSaysSoExactly() throws IOException {
        JeuDeRegles jeu = avecDmn(remplacer(DMN, HAUSSE_MINIMALE, HAUSSE_MINIMALE.replace(">0.10<", ">0.125<")));

        // 1.125 × 80 = 90 exactly: 90 is enough, 89 is not (55 was enough at 10 % of 50, not at 12.5 %)
        assertThat(juger(compilateur.compilerStockee(jeu), ModeleEnmr.MOTEUR_COMPILE, 90, 80).constats()).isEmpty();
        Verdict compile = juger(compilateur.compilerStockee(jeu), ModeleEnmr.MOTEUR_COMPILE, 89, 80);
        Verdict kie = juger(compilateur.compiler(jeu), ModeleEnmr.MOTEUR_KIE, 89, 80);

        assertThat(compile.constats()).extracting(Constat::message).containsExactly("Programme ETP ETP-DIAB-01 démarré en 2013 : "
                + "file active de 89 patients en 2014, en hausse de moins de 12,5 % sur celle de l'année précédente (80 patients).");
        assertThat(kie.sansLignesRetenues()).isEqualTo(compile.sansLignesRetenues());
    }

    @Test
    void aDraftWithoutTheThresholdsOrWithAnAgeInPartYearsIsRefusedNamingTheDecision() {
        // renamed (its shape follows): the model stays valid, the findings' thresholds are no longer there
        String sans = remplacer(DMN, "\"_decision_Seuils_des_constats\"", "\"_decision_Seuils_retires\"")
                .replace("name=\"Seuils des constats\"", "name=\"Seuils retirés\"");
        String anneePartielle = remplacer(DMN, ANCIENNETE_MAXIMALE, ANCIENNETE_MAXIMALE.replace(">5<", ">5.5<"));

        for (String dmn : List.of(sans, anneePartielle)) {
            Compilation compilation = compilateur.compiler(avecDmn(dmn));

            assertThat(compilation.reussie()).isFalse();
            assertThat(compilation.erreurs()).singleElement().satisfies(e -> {
                assertThat(e.fichier()).isEqualTo("enmr.dmn");
                assertThat(e.element()).isEqualTo("Seuils des constats");
                assertThat(e.message()).startsWith("les seuils des constats sont illisibles : ");
            });
        }
        assertThat(compilateur.compiler(avecDmn(anneePartielle)).erreurs().get(0).message()).contains("nombre entier d'années");
    }

    private static JeuDeRegles avecDmn(String dmn) {
        return LIVRE.avec(List.of(FichierRegles.de("enmr.dmn", dmn), FichierRegles.de("constats.drl", DRL)));
    }

    private static String remplacer(String texte, String avant, String apres) {
        assertThat(texte).contains(avant);
        return texte.replace(avant, apres);
    }

    /** The README's example dossier with one programme started in 2013, judged by the version compiled for this engine. */
    private Verdict juger(Compilation compilation, String moteur, int fileActive, Integer fileActiveAnneePrecedente) throws IOException {
        assertThat(compilation.erreurs()).isEmpty();
        MoteurRegles regles = compilation.moteur().pour("V");
        assertThat(regles.moteur()).isEqualTo(moteur);
        ObjectNode dossier = (ObjectNode) json.readTree(DecisionApiSuite.exemple1());
        ObjectNode programme = dossier.putArray("programmesEtp").addObject()
                .put("identifiant", "ETP-DIAB-01").put("anneeDemarrage", 2013).put("fileActive", fileActive);
        if (fileActiveAnneePrecedente != null) {
            programme.put("fileActiveAnneePrecedente", fileActiveAnneePrecedente);
        }
        return regles.juger(lecteur.lire(json.writeValueAsString(dossier)));
    }
}
