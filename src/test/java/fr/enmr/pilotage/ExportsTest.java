package fr.enmr.pilotage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What the exports write: text stays text (never a formula), numbers stay numbers. */
class ExportsTest {

    static final String PIEGE = "=HYPERLINK(\"http://x.invalid\";\"x\")";
    static final Tableau TABLEAU = new Tableau("sites", "Sites", List.of("Structure", "Total (€)", "Sites"),
            List.of(List.of(PIEGE, new BigDecimal("45950.00"), 3L), List.of("MSP de Melgven", new BigDecimal("0.50"), 1L)));

    @Test
    void aCsvCellAStructureNamedLikeAFormulaIsPrefixedAndQuoted() {
        String csv = ExportCsv.ecrire(TABLEAU);

        assertThat(csv.lines()).containsExactly("\uFEFFStructure;Total (€);Sites",
                "\"'=HYPERLINK(\"\"http://x.invalid\"\";\"\"x\"\")\";45950,00;3",
                "MSP de Melgven;0,50;1");
        for (String debut : List.of("+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(ExportCsv.texte(debut)).isEqualTo("\"'" + debut + "\"");
        }
        assertThat(ExportCsv.texte("a;b")).isEqualTo("\"a;b\"");
    }

    @Test
    void aSheetIsNamedAfterItsTitleCutToTheSpreadsheetsLimitNeverAfterTheTablesCode() throws Exception {
        Tableau long_ = new Tableau("taux", "Répartition des taux d'atteinte (sites éligibles)", List.of("De"), List.of());

        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(ExportXlsx.ecrire(List.of(TABLEAU, long_))))) {
            assertThat(classeur.getSheetName(0)).isEqualTo("Sites");
            assertThat(classeur.getSheetName(1)).isEqualTo("Répartition des taux d'atteinte");
        }
    }

    @Test
    void theWorkbookHoldsTheSameNameAsAStringCellAndAmountsAsNumbers() throws Exception {
        byte[] xlsx = ExportXlsx.ecrire(List.of(TABLEAU));

        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell nom = classeur.getSheet("Sites").getRow(1).getCell(0);
            assertThat(nom.getCellType()).isEqualTo(CellType.STRING);
            assertThat(nom.getStringCellValue()).isEqualTo(PIEGE);
            Cell total = classeur.getSheet("Sites").getRow(1).getCell(1);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(45950.00);
        }
    }
}
