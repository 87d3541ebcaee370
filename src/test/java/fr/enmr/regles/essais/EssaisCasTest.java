package fr.enmr.regles.essais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.moteur.jeu.VersionRegles;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.moteur.Moteurs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The packaged analysts' cases run in the process against the packaged rules, as the service runs a version's cases. */
@QuarkusTest
class EssaisCasTest {

    @Inject
    Moteurs moteurs;
    @Inject
    VersionRegles version;
    @Inject
    LecteurDossier lecteur;
    @Inject
    ObjectMapper json;

    @Test
    void everyPackagedCasePassesAgainstThePackagedRules() {
        Map<String, String> fichiers = casEmballes();

        ResultatEssais resultat = EssaisCas.executer(fichiers, juge());

        assertThat(fichiers).containsKeys("cas/annees.json", "cas/bases/msp-bretagne-2014.json");
        assertThat(resultat.echecs()).isEmpty();
        assertThat(resultat.erreurs()).isEmpty();
        assertThat(resultat.total()).isGreaterThan(50).isEqualTo(resultat.reussis());
        assertThat(resultat.reussi()).isTrue();
    }

    @Test
    void aCaseExpectingAnotherAmountFailsWithWhatItExpectsAndWhatTheRulesGive() {
        Map<String, String> fichiers = casEmballes();
        String cas = fichiers.get("cas/bornes-module1.json");
        String ligne = "\"patienteleRetenue\": 2000, \"partA\": 30000, \"etp\": 5.45, \"partB\": 5450, \"tauxAtteinte\": 1, \"montant\": 35450}, \"total\": 35450}";
        assertThat(cas).containsOnlyOnce(ligne);
        fichiers.put("cas/bornes-module1.json", cas.replace(ligne, ligne.replace("30000", "31000")));

        ResultatEssais resultat = EssaisCas.executer(fichiers, juge());

        assertThat(resultat.reussis()).isEqualTo(resultat.total() - 1);
        assertThat(resultat.reussi()).isFalse();
        assertThat(resultat.echecs()).singleElement().satisfies(echec -> {
            assertThat(echec.nom()).isEqualTo("cas/bornes-module1.json — Part A : 2000 patients retenus (classe 2 000 – 3 999) → 30000 €");
            assertThat(echec.attendu().path("module1").path("partA").asInt()).isEqualTo(31000);
            assertThat(echec.obtenu().path("module1").path("partA").decimalValue()).isEqualByComparingTo("30000");
            assertThat(echec.obtenu().path("module1").has("montant")).isTrue();
            assertThat(echec.obtenu().has("criteres")).as("cut down to the expected fields").isFalse();
            assertThat(echec.ecarts()).singleElement().asString().matches("module1\\.partA : attendu 31000, obtenu 30000(\\.0+)?");
        });
    }

    @Test
    void aRefusedDossierIsStatus400WithTheFieldsNamed() {
        Map<String, String> fichiers = new LinkedHashMap<>();
        fichiers.put("cas/bases/msp-bretagne-2014.json", casEmballes().get("cas/bases/msp-bretagne-2014.json"));
        fichiers.put("cas/essai.json", """
                [{"nom": "année hors campagne refusée", "base": "msp-bretagne-2014", "modifications": {"annee": 2012},
                  "attendu": {"statut": 400, "violations": ["annee"]}},
                 {"nom": "année hors campagne attendue acceptée", "base": "msp-bretagne-2014", "modifications": {"annee": 2012},
                  "attendu": {"eligible": true}},
                 {"nom": "dossier de base accepté sans constat", "base": "msp-bretagne-2014",
                  "attendu": {"statut": 201, "constats": [], "criteresNonSatisfaits": []}}]
                """);

        ResultatEssais resultat = EssaisCas.executer(fichiers, juge());

        assertThat(resultat.total()).isEqualTo(3);
        assertThat(resultat.reussis()).isEqualTo(2);
        assertThat(resultat.echecs()).singleElement().satisfies(echec -> {
            assertThat(echec.nom()).isEqualTo("cas/essai.json — année hors campagne attendue acceptée");
            assertThat(echec.ecarts()).containsExactly("statut : attendu 201, obtenu 400");
            assertThat(echec.obtenu().path("statut").asInt()).isEqualTo(400);
        });
    }

    private Juge juge() {
        return new JugeEnProcessus(lecteur, json, moteurs.actif());
    }

    private Map<String, String> casEmballes() {
        Map<String, String> fichiers = new LinkedHashMap<>();
        for (String chemin : version.cas()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(chemin)) {
                fichiers.put(chemin, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fichiers;
    }
}
