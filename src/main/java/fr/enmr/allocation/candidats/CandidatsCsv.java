package fr.enmr.allocation.candidats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.enmr.export.CellulesTableur;
import fr.enmr.export.TexteCsv;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;

/**
 * Candidates as a CSV file with a header line naming the candidate fields of scenario-api.md.
 * Separator "," (decimal point) or ";" (decimal point or comma, as French spreadsheets export).
 * Data line i (0-based) is reported as {@code candidats[i]}, with its line number in the file. Written files
 * follow the spreadsheet rule of {@link CellulesTableur}; read cells are undone by it.
 */
public final class CandidatsCsv {

    public static final List<String> COLONNES =
            List.of("reference", "nom", "region", "cout", "patienteleRetenue", "zoneFragile", "rangArs", "eligible");
    public static final List<String> OBLIGATOIRES = List.of("reference", "region", "cout", "patienteleRetenue", "eligible");

    private static final CsvMapper CSV = CellulesTableur.csv();

    private CandidatsCsv() {
    }

    /** @param regions the region codes of the rules in force: another one in the region column is named with its line */
    public static List<CandidatScenario> lire(String texte, Collection<String> regions) {
        String contenu = TexteCsv.sansMarqueBom(texte);
        char separateur = TexteCsv.separateur(contenu);
        List<Map<String, String>> lignes = lignes(contenu, separateur);
        List<Violation> violations = new ArrayList<>();
        List<String> entete = entete(contenu, separateur);
        for (String colonne : OBLIGATOIRES) {
            if (!entete.contains(colonne)) {
                violations.add(new Violation(colonne, "colonne obligatoire absente de l'en-tête CSV (colonnes : " + String.join(", ", COLONNES) + ")"));
            }
        }
        for (String colonne : entete) {
            if (!COLONNES.contains(colonne)) {
                violations.add(new Violation(colonne.isBlank() ? "corps" : colonne, "colonne inconnue du contrat (colonnes : " + String.join(", ", COLONNES) + ")"));
            }
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        List<CandidatScenario> candidats = new ArrayList<>(lignes.size());
        for (int i = 0; i < lignes.size(); i++) {
            candidats.add(new Ligne(i, lignes.get(i), separateur, regions, violations).candidat());
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return candidats;
    }

    /** Writes candidates with every column, "," separated, decimal point. */
    public static void ecrire(List<CandidatScenario> candidats, Writer sortie) {
        CsvSchema schema = CsvSchema.builder().addColumns(COLONNES, CsvSchema.ColumnType.STRING).build().withHeader();
        List<Map<String, Object>> lignes = candidats.stream().map(CandidatsCsv::ligne).toList();
        try {
            CSV.writer(schema).writeValues(sortie).writeAll(lignes).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> ligne(CandidatScenario c) {
        Map<String, Object> ligne = new LinkedHashMap<>();
        ligne.put("reference", c.reference());
        ligne.put("nom", c.nom());
        ligne.put("region", c.region());
        ligne.put("cout", c.cout());
        ligne.put("patienteleRetenue", c.patienteleRetenue());
        ligne.put("zoneFragile", c.zoneFragile());
        ligne.put("rangArs", c.rangArs());
        ligne.put("eligible", c.eligible());
        return ligne;
    }

    private static List<String> entete(String contenu, char separateur) {
        int finEntete = contenu.indexOf('\n');
        String entete = (finEntete < 0 ? contenu : contenu.substring(0, finEntete)).strip();
        if (entete.isEmpty()) {
            throw new SaisieInvalideException(List.of(new Violation("corps", "fichier CSV vide : une ligne d'en-tête est attendue ("
                    + String.join(", ", COLONNES) + ")")));
        }
        return Arrays.stream(entete.split(String.valueOf(separateur), -1)).map(c -> c.strip().replace("\"", "")).toList();
    }

    private static List<Map<String, String>> lignes(String contenu, char separateur) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separateur);
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema).readValues(contenu)) {
            return it.readAll();
        } catch (CsvReadException e) {
            throw new SaisieInvalideException(List.of(new Violation("corps", "CSV mal formé (ligne "
                    + e.getLocation().getLineNr() + ") : chaque ligne doit avoir autant de valeurs que l'en-tête de colonnes")));
        } catch (IOException e) {
            throw new SaisieInvalideException(List.of(new Violation("corps", "CSV illisible : vérifier l'encodage (UTF-8) et les guillemets")));
        }
    }

    /** One data line, converted field by field; every unreadable value becomes a violation. */
    private record Ligne(int index, Map<String, String> valeurs, char separateur, Collection<String> regions, List<Violation> violations) {

        CandidatScenario candidat() {
            return new CandidatScenario(texte("reference"), texte("nom"), region(), decimal("cout"), entier("patienteleRetenue"),
                    booleen("zoneFragile"), entier("rangArs"), booleen("eligible"));
        }

        private String region() {
            String valeur = texte("region");
            if (valeur != null && !regions.contains(valeur)) {
                erreur("region", "valeur « " + valeur + " » invalide : régions des règles en vigueur : " + String.join(", ", regions));
                return null;
            }
            return valeur;
        }

        private String texte(String colonne) {
            String valeur = valeurs.get(colonne);
            return valeur == null || valeur.isBlank() ? null : CellulesTableur.relue(valeur.strip());
        }


        private BigDecimal decimal(String colonne) {
            String valeur = texte(colonne);
            if (valeur == null) {
                return null;
            }
            try {
                return new BigDecimal(separateur == ';' ? valeur.replace(',', '.') : valeur);
            } catch (NumberFormatException e) {
                erreur(colonne, "valeur « " + valeur + " » invalide : nombre attendu");
                return null;
            }
        }

        private Integer entier(String colonne) {
            String valeur = texte(colonne);
            if (valeur == null) {
                return null;
            }
            try {
                return Integer.valueOf(valeur);
            } catch (NumberFormatException e) {
                erreur(colonne, "valeur « " + valeur + " » invalide : nombre entier attendu");
                return null;
            }
        }

        private Boolean booleen(String colonne) {
            String valeur = texte(colonne);
            if (valeur == null) {
                return null;
            }
            return switch (valeur) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> {
                    erreur(colonne, "valeur « " + valeur + " » invalide : booléen attendu (true ou false)");
                    yield null;
                }
            };
        }

        private void erreur(String colonne, String message) {
            violations.add(new Violation("candidats[" + index + "]." + colonne, "ligne " + (index + 2) + " : " + message));
        }
    }
}
