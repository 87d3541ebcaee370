package fr.enmr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The browser side of the spreadsheet rule (js/tableur.js), run as the pages run it: an ES module in chromium. */
@QuarkusTest
class TableurJsTest extends Navigateur {

    @BeforeEach
    void ouvrirUnePage() {
        aller("/");
    }

    @Test
    void aTextBeginningLikeAFormulaIsPrefixedAndQuoted() {
        List<String> debuts = List.of("=HYPERLINK(\"http://exemple.invalid/x\";\"Cliquer\")", "+Santé", "-x", "@x", "\tx", "\rx");

        List<?> cellules = (List<?>) page.evaluate("""
                async (textes) => {
                  const { celluleCsv, estFormule } = await import('/js/tableur.js');
                  return textes.map((t) => [estFormule(t), celluleCsv(t)]);
                }""", debuts);

        for (int i = 0; i < debuts.size(); i++) {
            String texte = debuts.get(i);
            assertThat(cellules.get(i)).as(texte).isEqualTo(List.of(true, "\"'" + texte.replace("\"", "\"\"") + "\""));
        }
    }

    @Test
    void ordinaryTextsAndNumbersAreWrittenAsTheyAre() {
        Object cellules = page.evaluate("""
                async () => {
                  const { celluleCsv } = await import('/js/tableur.js');
                  return [celluleCsv('MSP de Melgven'), celluleCsv('Santé+'), celluleCsv('contact@msp.fr'), celluleCsv('a=b'),
                    celluleCsv(''), celluleCsv(null), celluleCsv(undefined), celluleCsv(true),
                    celluleCsv(-45950.5), celluleCsv(-3), celluleCsv(0.25), celluleCsv(-1.5, { virgule: false }),
                    celluleCsv('MSP ; Finistère'), celluleCsv('dit "la maison"'), celluleCsv('a,b'), celluleCsv('a,b', { separateur: ',' })];
                }""");

        assertThat(cellules).isEqualTo(List.of("MSP de Melgven", "Santé+", "contact@msp.fr", "a=b",
                "", "", "", "true",
                "-45950,5", "-3", "0,25", "-1.5",
                "\"MSP ; Finistère\"", "\"dit \"\"la maison\"\"\"", "a,b", "\"a,b\""));
    }

    @Test
    void aFileHasTheHeaderThenOneLinePerObjectForAFrenchSpreadsheet() {
        Object fichier = page.evaluate("""
                async (objets) => {
                  const { fichierCsv } = await import('/js/tableur.js');
                  return fichierCsv(['nom', 'cout'], objets);
                }""", List.of(Map.of("nom", "-x", "cout", -12.5), Map.of("nom", "MSP", "cout", 3)));

        assertThat(fichier).isEqualTo("\uFEFFnom;cout\r\n\"'-x\";-12,5\r\nMSP;3\r\n");
    }
}
