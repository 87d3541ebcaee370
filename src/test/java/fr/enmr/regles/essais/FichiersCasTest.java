package fr.enmr.regles.essais;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Case files are checked before they are stored: each malformed case is named with its line and field. */
class FichiersCasTest {

    private static final Set<String> BASES = Set.of("msp-bretagne-2014");

    @Test
    void aWellFormedCaseFileHasNoError() {
        assertThat(FichiersCas.verifier("cas/annees.json", """
                [{"nom": "a", "source": "§3", "base": "msp-bretagne-2014", "modifications": {"annee": null},
                  "attendu": {"eligible": true, "constats": [], "statut": 201}}]""", BASES)).isEmpty();
    }

    @Test
    void malformedJsonIsNamedWithItsLine() {
        List<FichiersCas.Erreur> erreurs = FichiersCas.verifier("cas/annees.json", "[\n{\"nom\": \"a\",\n \"base\" \"x\"}]", BASES);

        assertThat(erreurs).singleElement().satisfies(e -> {
            assertThat(e.fichier()).isEqualTo("cas/annees.json");
            assertThat(e.ligne()).isEqualTo(3);
            assertThat(e.message()).startsWith("JSON mal formé");
        });
    }

    @Test
    void eachBadCaseIsNamedWithTheField() {
        List<FichiersCas.Erreur> erreurs = FichiersCas.verifier("annees.json", """
                [
                  {"nom": "sans base", "attendu": {}},
                  {"nom": "base inconnue", "base": "cds-inconnu", "attendu": {}},
                  {"base": "msp-bretagne-2014", "attendu": {}},
                  {"nom": "faute de frappe", "base": "msp-bretagne-2014", "atendu": {}},
                  {"nom": "constats", "base": "msp-bretagne-2014", "attendu": {"constats": "PATIENTELE_ELEVEE", "statut": 500}},
                  {"nom": "sans base", "base": "msp-bretagne-2014", "attendu": {}},
                  {"nom": "sans base", "base": "msp-bretagne-2014", "attendu": {}}
                ]""", BASES);

        assertThat(erreurs).extracting(FichiersCas.Erreur::element, FichiersCas.Erreur::ligne, FichiersCas.Erreur::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sans base", 2, "base : obligatoire, le nom d'un dossier de bases/"),
                org.assertj.core.groups.Tuple.tuple("base inconnue", 3, "base : aucun dossier bases/cds-inconnu.json dans cette version"),
                org.assertj.core.groups.Tuple.tuple("cas n° 3", 4, "nom : obligatoire, un texte non vide"),
                org.assertj.core.groups.Tuple.tuple("faute de frappe", 5, "atendu : champ inconnu (un cas a nom, source, base, modifications, attendu)"),
                org.assertj.core.groups.Tuple.tuple("faute de frappe", 5, "attendu : obligatoire, un objet JSON des champs attendus"),
                org.assertj.core.groups.Tuple.tuple("constats", 6, "attendu.statut : 201 (décision prise) ou 400 (saisie refusée)"),
                org.assertj.core.groups.Tuple.tuple("constats", 6, "attendu.constats : une liste de codes (textes)"),
                org.assertj.core.groups.Tuple.tuple("sans base", 8, "deux cas portent ce nom dans le fichier (le premier ligne 7)"));
    }

    @Test
    void aCaseFileIsAListAndABaseDossierAnObject() {
        assertThat(FichiersCas.verifier("cas/annees.json", "{\"nom\": \"a\"}", BASES)).extracting(FichiersCas.Erreur::message)
                .containsExactly("un fichier de cas doit être une liste JSON de cas {nom, base, modifications, attendu}");
        assertThat(FichiersCas.verifier("cas/bases/msp.json", "[]", BASES)).extracting(FichiersCas.Erreur::message)
                .containsExactly("un dossier de base doit être un objet JSON (un dossier du contrat des décisions)");
    }

    @Test
    void aCaseNamingABaseOfTheSameVersionIsRead() {
        FichiersCas.Lecture lecture = FichiersCas.lire(Map.of("cas/bases/msp-2.json", "{\"reference\": \"x\"}",
                "cas/a.json", "[{\"nom\": \"n\", \"base\": \"msp-2\", \"attendu\": {}}]"));

        assertThat(lecture.erreurs()).isEmpty();
        assertThat(lecture.bases()).containsOnlyKeys("msp-2");
        assertThat(lecture.cas()).singleElement().extracting(FichiersCas.Cas::nomComplet).isEqualTo("cas/a.json — n");
    }

    @Test
    void numbersAreComparedByValueAndCodesAsSets() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        var attendu = json.readTree("{\"total\": 35450, \"constats\": [\"B\", \"A\"], \"module1\": {\"etp\": 5.45}}");
        var obtenu = ComparaisonCas.vue(json.readTree("""
                {"total": 35450.00, "constats": [{"code": "A"}, {"code": "B"}], "criteres": [], "module1": {"etp": 5.450}}"""), 201);

        assertThat(ComparaisonCas.ecarts(attendu, obtenu)).isEmpty();
        assertThat(ComparaisonCas.ecarts(json.readTree("{\"total\": 35451, \"constats\": [\"A\"]}"), obtenu))
                .containsExactly("total : attendu 35451, obtenu 35450", "constats : attendu [A], obtenu [A, B]");
    }
}
