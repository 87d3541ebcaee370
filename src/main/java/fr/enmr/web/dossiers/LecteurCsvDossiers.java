package fr.enmr.web.dossiers;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.enmr.export.CellulesTableur;
import fr.enmr.export.TexteCsv;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.web.dossiers.ColonnesDossier.Genre;
import fr.enmr.web.dossiers.ColonnesDossier.Segment;

/**
 * Reads dossiers from a CSV file, one a line, columns named by {@link ColonnesDossier}. A cell is sent
 * with the JSON type its field has when it reads as one (an integer, a decimal with a point or a comma,
 * true/false or oui/non, codes separated by {@code |}); otherwise as text, so that the API names the
 * field and what it expects, exactly as for a JSON dossier. An empty cell is an absent field; a cell the
 * example file wrote as text with a leading {@code '} ({@link CellulesTableur}) is read without it.
 */
public final class LecteurCsvDossiers {

    /** More lines than an ARS sends at once; each is one request. */
    public static final int LIGNES_MAX = 500;

    private static final CsvMapper CSV = new CsvMapper();
    private static final JsonNodeFactory NOEUDS = JsonNodeFactory.instance;

    private LecteurCsvDossiers() {
    }

    /**
     * @throws SaisieInvalideException when the file as a whole cannot be read: no header, an unknown or
     *         repeated column (named), too many lines, broken quoting
     */
    public static List<LigneDossier> lire(String texte) {
        String contenu = TexteCsv.sansMarqueBom(texte);
        List<List<String>> lignes = lignes(contenu);
        if (lignes.isEmpty() || lignes.get(0).stream().allMatch(String::isBlank)) {
            throw new SaisieInvalideException(List.of(new Violation("corps",
                    "fichier CSV vide : une ligne d'en-tête nommant les champs du dossier est attendue (voir le fichier d'exemple)")));
        }
        List<String> entete = lignes.get(0).stream().map(String::strip).toList();
        verifierEntete(entete);
        List<LigneDossier> dossiers = new ArrayList<>();
        for (int i = 1; i < lignes.size(); i++) {
            List<String> valeurs = lignes.get(i);
            if (valeurs.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (dossiers.size() == LIGNES_MAX) {
                throw new SaisieInvalideException(List.of(new Violation("corps",
                        "plus de " + LIGNES_MAX + " dossiers : découpez le fichier")));
            }
            dossiers.add(dossier(i + 1, entete, valeurs));
        }
        return dossiers;
    }

    private static List<List<String>> lignes(String contenu) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(TexteCsv.separateur(contenu));
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(schema).readValues(contenu)) {
            return it.readAll();
        } catch (IOException e) {
            throw new SaisieInvalideException(List.of(new Violation("corps",
                    "CSV illisible : vérifiez l'encodage (UTF-8) et les guillemets")));
        }
    }

    private static void verifierEntete(List<String> entete) {
        List<Violation> violations = new ArrayList<>();
        Set<String> vues = new HashSet<>();
        for (String colonne : entete) {
            if (colonne.isEmpty()) {
                violations.add(new Violation("corps", "colonne sans nom dans l'en-tête CSV"));
            } else if (ColonnesDossier.genre(colonne) == null) {
                violations.add(new Violation(colonne, "colonne inconnue du contrat : le nom d'un champ du dossier est attendu, "
                        + "avec son chemin et, dans une liste, le rang de l'élément (ex. structure.region, professionnels[0].nombre)"));
            } else if (!vues.add(colonne)) {
                violations.add(new Violation(colonne, "colonne en double dans l'en-tête CSV"));
            }
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
    }

    private static LigneDossier dossier(int numero, List<String> entete, List<String> valeurs) {
        if (valeurs.size() > entete.size()) {
            return new LigneDossier(numero, null, List.of(new Violation("corps",
                    "ligne " + numero + " : " + valeurs.size() + " valeurs pour " + entete.size() + " colonnes")));
        }
        ObjectNode dossier = NOEUDS.objectNode();
        for (int c = 0; c < valeurs.size(); c++) {
            String valeur = CellulesTableur.relue(valeurs.get(c).strip());
            if (!valeur.isEmpty()) {
                placer(dossier, ColonnesDossier.segments(entete.get(c)), valeur, ColonnesDossier.genre(entete.get(c)));
            }
        }
        return new LigneDossier(numero, dossier, List.of());
    }

    /** Puts the value at its path; an element skipped in a list is sent empty, so the API names its fields. */
    private static void placer(ObjectNode racine, List<Segment> chemin, String valeur, Genre genre) {
        ObjectNode courant = racine;
        for (int i = 0; i < chemin.size() - 1; i++) {
            Segment s = chemin.get(i);
            if (s.index() == null) {
                courant = courant.has(s.nom()) ? (ObjectNode) courant.get(s.nom()) : courant.putObject(s.nom());
            } else {
                ArrayNode liste = courant.has(s.nom()) ? (ArrayNode) courant.get(s.nom()) : courant.putArray(s.nom());
                while (liste.size() <= s.index()) {
                    liste.addObject();
                }
                courant = (ObjectNode) liste.get(s.index());
            }
        }
        courant.set(chemin.get(chemin.size() - 1).nom(), valeur(valeur, genre));
    }

    private static JsonNode valeur(String valeur, Genre genre) {
        return switch (genre) {
            case ENTIER -> valeur.matches("-?\\d{1,18}") ? NOEUDS.numberNode(Long.parseLong(valeur)) : NOEUDS.textNode(valeur);
            case DECIMAL -> valeur.matches("-?\\d{1,30}([.,]\\d{1,30})?")
                    ? NOEUDS.numberNode(new BigDecimal(valeur.replace(',', '.')))
                    : NOEUDS.textNode(valeur);
            case BOOLEEN -> switch (valeur.toLowerCase(Locale.ROOT)) {
                case "true", "oui", "vrai" -> NOEUDS.booleanNode(true);
                case "false", "non", "faux" -> NOEUDS.booleanNode(false);
                default -> NOEUDS.textNode(valeur);
            };
            case CODES -> {
                ArrayNode codes = NOEUDS.arrayNode();
                for (String code : valeur.split("\\|")) {
                    if (!code.isBlank()) {
                        codes.add(code.strip());
                    }
                }
                yield codes;
            }
            case TEXTE -> NOEUDS.textNode(valeur);
        };
    }
}
