package fr.enmr.pilotage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dashboard's tables as one .xlsx workbook written by Apache POI, one sheet per table: numbers are numeric
 * cells, everything else a string cell (never a formula, whatever the text).
 */
public final class ExportXlsx {

    private ExportXlsx() {
    }

    public static byte[] ecrire(List<Tableau> tableaux) {
        try (XSSFWorkbook classeur = new XSSFWorkbook(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            CellStyle gras = classeur.createCellStyle();
            Font police = classeur.createFont();
            police.setBold(true);
            gras.setFont(police);
            for (Tableau tableau : tableaux) {
                // a sheet is named after its title, cut to the 31 characters a spreadsheet allows
                Sheet feuille = classeur.createSheet(WorkbookUtil.createSafeSheetName(tableau.titre()));
                Row entete = feuille.createRow(0);
                for (int c = 0; c < tableau.entetes().size(); c++) {
                    Cell cellule = entete.createCell(c);
                    cellule.setCellValue(tableau.entetes().get(c));
                    cellule.setCellStyle(gras);
                }
                for (int l = 0; l < tableau.lignes().size(); l++) {
                    Row ligne = feuille.createRow(l + 1);
                    List<Object> valeurs = tableau.lignes().get(l);
                    for (int c = 0; c < valeurs.size(); c++) {
                        ecrire(ligne.createCell(c), valeurs.get(c));
                    }
                }
                for (int c = 0; c < tableau.entetes().size(); c++) {
                    feuille.setColumnWidth(c, 256 * 24);
                }
            }
            classeur.write(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ecrire(Cell cellule, Object valeur) {
        if (valeur instanceof Number nombre) {
            cellule.setCellValue(nombre.doubleValue());
        } else {
            cellule.setCellValue(valeur == null ? "" : valeur.toString()); // a string cell: "=…" stays text
        }
    }
}
