package fr.enmr.pilotage;

import java.util.List;

/**
 * One table of the dashboard as exported (CSV, XLSX): a name for files and sheets, a French title, headers, and rows
 * whose cells are text or numbers ({@link Number} cells stay numbers in the workbook).
 */
public record Tableau(String nom, String titre, List<String> entetes, List<List<Object>> lignes) {
}
