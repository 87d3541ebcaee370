package fr.enmr.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemeTest {

    @Test
    void theEngineTextKeepsItsMeaningButNamesNoInternalClass() {
        assertThat(Probleme.sansNomDeClasse("value 'abc' is not an instance of class java.math.BigDecimal (see org.kie.dmn.core.Foo$Bar)"))
                .isEqualTo("value 'abc' is not an instance of class … (see …)");
        assertThat(Probleme.sansNomDeClasse("Error trying to call function min.")).isEqualTo("Error trying to call function min.");
        assertThat(Probleme.sansNomDeClasse("DMNType{ https://enmr.sante.gouv.fr/dmn/enmr : tCampagne }"))
                .isEqualTo("DMNType{ https://enmr.sante.gouv.fr/dmn/enmr : tCampagne }");
    }

    @Test
    void anIdIsQuotedBackOnlyWhenItLooksLikeOne() {
        assertThat(Probleme.cite("BRE-2014-0001")).isEqualTo("« BRE-2014-0001 »");
        assertThat(Probleme.cite("x".repeat(64))).isEqualTo("« " + "x".repeat(64) + " »");
        assertThat(Probleme.cite("x".repeat(65))).isEqualTo("(identifiant non valide)");
        assertThat(Probleme.cite("a'<script>")).isEqualTo("(identifiant non valide)");
        assertThat(Probleme.cite("")).isEqualTo("(identifiant non valide)");
    }
}
