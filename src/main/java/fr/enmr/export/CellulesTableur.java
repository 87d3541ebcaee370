package fr.enmr.export;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/**
 * The one server-side rule for cells of a file meant for a spreadsheet (issue 17, OWASP "CSV injection"):
 * a spreadsheet never runs a formula a submitter typed. The browser side has the same rule in
 * {@code META-INF/resources/js/tableur.js}.
 *
 * <p><b>The rule.</b> A cell whose <em>text</em> begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return ({@link #estFormule}) is written prefixed with {@code '} and quoted, so that the spreadsheet shows
 * it as text. A real number (a {@link Number}, a negative amount included) and a boolean stay as they are, unquoted
 * and unprefixed: only texts are neutralised. The data keeps the value as given (a team may be called « +Santé »);
 * only the exported file changes. A text that already begins with apostrophes followed by such a character gets one
 * apostrophe more, so that {@link #relue} gives back exactly what was written.
 *
 * <p><b>CSV.</b> Write every CSV with the mapper of {@link #csv()} (Jackson CSV, values quoted only when needed):
 * every {@link String} it serialises follows the rule (give texts as {@code String}s: a {@code JsonNode}'s text or a
 * custom serializer's {@code writeString} bypasses it); write amounts and counts as numbers, not as their text. A
 * service that reads back a CSV it may have written passes each cell through {@link #relue}.
 *
 * <p><b>XLSX</b> (Apache POI): every text goes in a string cell, {@code cell.setCellValue(String)}
 * ({@code CellType.STRING}), never {@code setCellFormula} and never a formula built from data; a string cell is not
 * evaluated. For a text {@link #estFormule} recognises, also give the cell a style with
 * {@code CellStyle.setQuotePrefixed(true)} (Excel's hidden {@code '}: the cell stays text even when someone edits it);
 * the value itself is not prefixed. Numbers go in numeric cells, {@code setCellValue(double)}.
 */
public final class CellulesTableur {

    /** The characters that make a spreadsheet read a cell as a formula when the cell begins with one. */
    public static final String DEBUTS_DE_FORMULE = "=+-@\t\r";

    private static final char APOSTROPHE = '\'';

    private CellulesTableur() {
    }

    /** Whether this text, written as is, would be read as a formula (after any leading apostrophes, see the class). */
    public static boolean estFormule(String texte) {
        int i = 0;
        while (i < texte.length() && texte.charAt(i) == APOSTROPHE) {
            i++;
        }
        return i < texte.length() && DEBUTS_DE_FORMULE.indexOf(texte.charAt(i)) >= 0;
    }

    /** The text a spreadsheet shows as text: prefixed with {@code '} when it would be a formula, else unchanged. */
    public static String neutralisee(String texte) {
        return estFormule(texte) ? APOSTROPHE + texte : texte;
    }

    /** The value a cell written by {@link #neutralisee} had: for readers of our own files (and of spreadsheets' saves). */
    public static String relue(String cellule) {
        return cellule.length() > 1 && cellule.charAt(0) == APOSTROPHE && estFormule(cellule.substring(1)) ? cellule.substring(1) : cellule;
    }

    /**
     * A CSV mapper for files meant for a spreadsheet: texts follow the rule (prefixed and quoted), numbers are written
     * as numbers (a {@link java.math.BigDecimal} in plain notation), other values are quoted only when they need it.
     * The quote character is the CSV default {@code "}.
     */
    public static CsvMapper csv() {
        return CsvMapper.builder()
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING) // quotes only what needs it: readable in a text editor
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .addModule(new SimpleModule("CellulesTableur").addSerializer(String.class, new TexteSerializer()))
                .build();
    }

    /** Writes a text cell: as is (the generator quotes it if needed), or prefixed and always quoted. */
    private static final class TexteSerializer extends StdSerializer<String> {

        TexteSerializer() {
            super(String.class);
        }

        @Override
        public void serialize(String texte, JsonGenerator sortie, SerializerProvider fournisseur) throws IOException {
            if (estFormule(texte)) {
                // the generator has no per-cell "always quote": the cell is written already quoted, quotes doubled
                sortie.writeRawValue('"' + neutralisee(texte).replace("\"", "\"\"") + '"');
            } else {
                sortie.writeString(texte);
            }
        }
    }
}
