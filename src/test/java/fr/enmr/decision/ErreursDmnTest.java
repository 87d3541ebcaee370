package fr.enmr.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErreursDmnTest {

    @Test
    void theEngineTextKeepsItsMeaningButNamesNoInternalClass() {
        assertThat(ErreursDmn.sansNomDeClasse("value 'abc' is not an instance of class java.math.BigDecimal (see org.kie.dmn.core.Foo$Bar)"))
                .isEqualTo("value 'abc' is not an instance of class … (see …)");
        assertThat(ErreursDmn.sansNomDeClasse("Error trying to call function min.")).isEqualTo("Error trying to call function min.");
        assertThat(ErreursDmn.sansNomDeClasse("DMNType{ https://enmr.sante.gouv.fr/dmn/enmr : tCampagne }"))
                .isEqualTo("DMNType{ https://enmr.sante.gouv.fr/dmn/enmr : tCampagne }");
    }
}
