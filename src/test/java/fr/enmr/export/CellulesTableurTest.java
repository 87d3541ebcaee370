package fr.enmr.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** The spreadsheet rule: a text that would be a formula is written as text, everything else as it is. */
class CellulesTableurTest {

    private static final CsvSchema COLONNES = CsvSchema.builder()
            .addColumns(List.of("nom", "montant", "nombre", "actif"), CsvSchema.ColumnType.STRING).build().withHeader();

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://exemple.invalid/x\";\"Cliquer\")", "+Santé", "-x", "@x", "\tx", "\rx"})
    void aTextBeginningLikeAFormulaIsPrefixedQuotedAndReadBack(String texte) throws Exception {
        String ligne = ligne(texte, new BigDecimal("-1250.50"));

        assertThat(CellulesTableur.estFormule(texte)).isTrue();
        assertThat(CellulesTableur.neutralisee(texte)).isEqualTo("'" + texte);
        assertThat(ligne).isEqualTo("\"'" + texte.replace("\"", "\"\"") + "\",-1250.50,3,true\n");
        assertThat(CellulesTableur.relue("'" + texte)).isEqualTo(texte);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MSP de Melgven", "Santé+", "a=b", "x-y", "contact@msp.fr", "", "12", "'déjà entre apostrophes", " =espace"})
    void anOrdinaryTextIsWrittenAsItIs(String texte) throws Exception {
        assertThat(CellulesTableur.estFormule(texte)).isFalse();
        assertThat(CellulesTableur.neutralisee(texte)).isSameAs(texte);
        assertThat(CellulesTableur.relue(texte)).isSameAs(texte);
        assertThat(ligne(texte, BigDecimal.ONE)).isEqualTo(texte + ",1,3,true\n");
    }

    @Test
    void numbersANegativeAmountIncludedStayNumbers() throws Exception {
        assertThat(ligne("MSP", new BigDecimal("-45950.00"))).isEqualTo("MSP,-45950.00,3,true\n");
        assertThat(ligne("MSP", new BigDecimal("1E+3"))).as("plain notation").isEqualTo("MSP,1000,3,true\n");
        assertThat(ligne("MSP", -7)).isEqualTo("MSP,-7,3,true\n");
        assertThat(ligne("MSP", -0.5d)).isEqualTo("MSP,-0.5,3,true\n");
    }

    @Test
    void aTextWithASeparatorOrAQuoteIsQuotedAsUsual() throws Exception {
        assertThat(ligne("MSP de Melgven, Finistère", 1)).isEqualTo("\"MSP de Melgven, Finistère\",1,3,true\n");
        assertThat(ligne("-x, \"y\"", 1)).isEqualTo("\"'-x, \"\"y\"\"\",1,3,true\n");
    }

    @Test
    void aTextAlreadyPrefixedGetsOneApostropheMoreSoTheRoundTripIsExact() {
        assertThat(CellulesTableur.neutralisee("'=x")).isEqualTo("''=x");
        assertThat(CellulesTableur.relue("''=x")).isEqualTo("'=x");
        assertThat(CellulesTableur.relue("'")).isEqualTo("'");
    }

    private static String ligne(String nom, Object montant) throws Exception {
        Map<String, Object> ligne = new LinkedHashMap<>();
        ligne.put("nom", nom);
        ligne.put("montant", montant);
        ligne.put("nombre", 3);
        ligne.put("actif", true);
        String csv = CellulesTableur.csv().writer(COLONNES).writeValueAsString(List.of(ligne));
        return csv.substring(csv.indexOf('\n') + 1);
    }
}
