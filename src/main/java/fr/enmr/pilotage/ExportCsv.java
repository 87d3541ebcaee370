package fr.enmr.pilotage;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import fr.enmr.export.CellulesTableur;

/**
 * A table as CSV for a spreadsheet in French: {@code ;} between cells, decimal comma, UTF-8 with a byte-order mark,
 * CRLF line ends. Every text cell goes through {@link #texte(String)}.
 */
public final class ExportCsv {

    private ExportCsv() {
    }

    public static String ecrire(Tableau tableau) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        ligne(csv, tableau.entetes().stream().map(e -> (Object) e).toList());
        tableau.lignes().forEach(l -> ligne(csv, l));
        return csv.toString();
    }

    private static void ligne(StringBuilder csv, List<Object> cellules) {
        csv.append(cellules.stream().map(ExportCsv::cellule).collect(Collectors.joining(";"))).append("\r\n");
    }

    private static String cellule(Object valeur) {
        if (valeur instanceof BigDecimal nombre) {
            return nombre.toPlainString().replace('.', ',');
        }
        if (valeur instanceof Number nombre) {
            return nombre.toString();
        }
        return texte(valeur == null ? "" : valeur.toString());
    }

    /**
     * A text cell: quoted when it holds a separator, a quote or a line break; a text a spreadsheet would read as a
     * formula (starting with =, +, -, @, tab or CR) is prefixed with ' and quoted.
     */
    static String texte(String texte) {
        boolean formule = CellulesTableur.estFormule(texte); // the spreadsheet rule of every export
        String valeur = CellulesTableur.neutralisee(texte);
        if (formule || valeur.contains(";") || valeur.contains("\"") || valeur.contains("\n") || valeur.contains("\r")) {
            return "\"" + valeur.replace("\"", "\"\"") + "\"";
        }
        return valeur;
    }
}
