package fr.enmr.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.enmr.export.CellulesTableur;


/**
 * The differences of an impact job as a CSV file for a spreadsheet: {@code ;} separated, UTF-8 with a byte order
 * mark, one line per changed decision, amounts as numbers; a text cell that a spreadsheet would run as a formula
 * is written as text.
 */
final class CsvImpact {

    private static final List<String> COLONNES = List.of("id", "reference", "region", "campagne", "annee", "versionRegles",
            "eligibleAvant", "eligibleApres", "partAAvant", "partAApres", "partBAvant", "partBApres", "module1Avant", "module1Apres",
            "module2Avant", "module2Apres", "totalAvant", "totalApres", "ecart", "criteresChanges", "constatsAjoutes", "constatsRetires",
            "erreur");

    private CsvImpact() {
    }

    static String ecrire(List<Impact.Difference> differences) {
        CsvSchema.Builder colonnes = CsvSchema.builder().setColumnSeparator(';');
        COLONNES.forEach(colonnes::addColumn);
        try {
            return "\uFEFF" + tableur().writer(colonnes.build().withHeader()).writeValueAsString(differences.stream().map(CsvImpact::ligne).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> ligne(Impact.Difference d) {
        Map<String, Object> ligne = new LinkedHashMap<>();
        ligne.put("id", d.id());
        ligne.put("reference", d.reference());
        ligne.put("region", d.region());
        ligne.put("campagne", d.campagne());
        ligne.put("annee", d.annee());
        ligne.put("versionRegles", d.versionRegles());
        ligne.put("eligibleAvant", d.avant() == null ? null : d.avant().eligible());
        ligne.put("eligibleApres", d.apres() == null ? null : d.apres().eligible());
        ligne.put("partAAvant", d.avant() == null ? null : d.avant().partA());
        ligne.put("partAApres", d.apres() == null ? null : d.apres().partA());
        ligne.put("partBAvant", d.avant() == null ? null : d.avant().partB());
        ligne.put("partBApres", d.apres() == null ? null : d.apres().partB());
        ligne.put("module1Avant", d.avant() == null ? null : d.avant().module1());
        ligne.put("module1Apres", d.apres() == null ? null : d.apres().module1());
        ligne.put("module2Avant", d.avant() == null ? null : d.avant().module2());
        ligne.put("module2Apres", d.apres() == null ? null : d.apres().module2());
        ligne.put("totalAvant", d.avant() == null ? null : d.avant().total());
        ligne.put("totalApres", d.apres() == null ? null : d.apres().total());
        BigDecimal ecart = d.avant() == null || d.apres() == null ? null : d.apres().total().subtract(d.avant().total());
        ligne.put("ecart", ecart);
        ligne.put("criteresChanges", d.criteres().stream()
                .map(c -> (c.programme() == null ? "" : c.programme() + " ") + c.code() + " " + c.avant() + " → " + c.apres())
                .collect(Collectors.joining(", ")));
        ligne.put("constatsAjoutes", String.join(", ", d.constatsAjoutes()));
        ligne.put("constatsRetires", String.join(", ", d.constatsRetires()));
        ligne.put("erreur", d.erreur());
        return ligne;
    }

    /** The CSV mapper with the spreadsheet rule of every export (fr.enmr.export.CellulesTableur). */
    static CsvMapper tableur() {
        return CellulesTableur.csv();
    }
}
