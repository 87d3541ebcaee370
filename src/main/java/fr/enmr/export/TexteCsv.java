package fr.enmr.export;

/**
 * What every CSV reader of the service does before Jackson's CSV parser reads the lines (CellulesTableur.csv()): drop a
 * spreadsheet's UTF-8 byte order mark, and take the separator its header line uses.
 */
public final class TexteCsv {

    private static final String MARQUE_BOM = "\uFEFF";

    private TexteCsv() {
    }

    /** The text without the byte order mark Excel and LibreOffice put before UTF-8. */
    public static String sansMarqueBom(String texte) {
        return texte.startsWith(MARQUE_BOM) ? texte.substring(MARQUE_BOM.length()) : texte;
    }

    /** {@code ;} when the header line holds one and no {@code ,} (as French spreadsheets export), else {@code ,}. */
    public static char separateur(String contenu) {
        int finEntete = contenu.indexOf('\n');
        String entete = finEntete < 0 ? contenu : contenu.substring(0, finEntete);
        return entete.indexOf(';') >= 0 && entete.indexOf(',') < 0 ? ';' : ',';
    }
}
