package fr.enmr.web.dossiers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.enmr.dossier.Dossier;
import fr.enmr.export.CellulesTableur;

/**
 * Writes dossiers in the CSV format {@link LecteurCsvDossiers} reads: "," separated, decimal point, UTF-8; a text
 * a spreadsheet would take for a formula is written as text ({@link CellulesTableur}), numbers stay numbers.
 */
public final class EcrivainCsvDossiers {

    private static final CsvMapper CSV = CellulesTableur.csv();

    private EcrivainCsvDossiers() {
    }

    /** One line per dossier; the columns are every field some dossier has, in the contract's order. */
    public static String ecrire(List<Dossier> dossiers, ObjectMapper json) {
        List<Map<String, Object>> lignes = new ArrayList<>();
        Set<String> colonnes = new LinkedHashSet<>();
        for (Dossier dossier : dossiers) {
            Map<String, Object> ligne = new LinkedHashMap<>();
            aplatir(json.valueToTree(dossier), "", ligne);
            colonnes.addAll(ligne.keySet());
            lignes.add(ligne);
        }
        List<String> ordre = colonnes.stream().sorted(ColonnesDossier::comparer).toList();
        CsvSchema schema = CsvSchema.builder().addColumns(ordre, CsvSchema.ColumnType.STRING).build().withHeader();
        try {
            return CSV.writer(schema).writeValueAsString(lignes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void aplatir(JsonNode noeud, String chemin, Map<String, Object> ligne) {
        if (noeud == null || noeud.isNull()) {
            return;
        }
        if (noeud.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> champs = noeud.fields(); champs.hasNext();) {
                Map.Entry<String, JsonNode> champ = champs.next();
                aplatir(champ.getValue(), chemin.isEmpty() ? champ.getKey() : chemin + "." + champ.getKey(), ligne);
            }
        } else if (noeud.isArray()) {
            if (noeud.size() > 0 && noeud.get(0).isObject()) {
                for (int i = 0; i < noeud.size(); i++) {
                    aplatir(noeud.get(i), chemin + "[" + i + "]", ligne);
                }
            } else if (noeud.size() > 0) {
                List<String> codes = new ArrayList<>();
                noeud.forEach(code -> codes.add(code.asText()));
                ligne.put(chemin, String.join("|", codes));
            }
        } else {
            ligne.put(chemin, noeud.isNumber() ? noeud.numberValue() : noeud.isBoolean() ? noeud.booleanValue() : noeud.asText());
        }
    }
}
