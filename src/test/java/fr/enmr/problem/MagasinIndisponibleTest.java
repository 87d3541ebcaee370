package fr.enmr.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which 503 a request gets when the store fails: what it was doing, read or write, decision, scenario or rules. */
class MagasinIndisponibleTest {

    @Test
    void aDecisionsWriteAndReadAreTold() {
        assertThat(MagasinIndisponible.pour("POST", "/api/decisions").title()).isEqualTo("Enregistrement de la décision impossible");
        assertThat(MagasinIndisponible.pour("GET", "/api/decisions/01JD3Z8K6Q6M2W4T5Y7X9A1B2C").title()).isEqualTo("Lecture des décisions impossible");
    }

    @Test
    void evaluatingAVersionIsAReadThoughAPost() {
        assertThat(MagasinIndisponible.pour("POST", "/api/regles/versions/01J/evaluer").title()).isEqualTo("Lecture des règles impossible");
        assertThat(MagasinIndisponible.pour("POST", "/api/regles/versions/01J/approbation").detail())
                .isEqualTo("La modification des règles n'a pas pu être enregistrée ; les règles en vigueur restent celles d'avant. Réessayez plus tard.");
    }

    @Test
    void theImpactOfTheRulesReadsDecisionsAndAPathThatOnlyStartsLikeAnotherIsNotIt() {
        assertThat(MagasinIndisponible.pour("GET", "/api/regles/impact").title()).isEqualTo("Lecture des décisions impossible");
        assertThat(MagasinIndisponible.pour("GET", "/api/decisionsX").title()).isEqualTo("Lecture impossible");
        assertThat(MagasinIndisponible.pour("DELETE", "/api/scenarios/01J").status()).isEqualTo(503);
        assertThat(MagasinIndisponible.pour("DELETE", "/api/scenarios/01J").title()).isEqualTo("Enregistrement du scénario impossible");
    }
}
