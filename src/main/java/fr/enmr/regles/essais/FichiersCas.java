package fr.enmr.regles.essais;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.jeu.TypeFichier;
import fr.enmr.moteur.ErreurRegles;


/**
 * The analysts' case files of a version, read and checked: a case file ({@code annees.json}) is a list of
 * cases {@code {nom, source, base, modifications, attendu}}; a base dossier ({@code bases/<nom>.json}) is one
 * dossier. File names may carry the {@code cas/} folder they are packaged in.
 */
public final class FichiersCas {

    /** One case, with the line of the file it starts at. */
    public record Cas(String fichier, int ligne, String nom, String base, JsonNode modifications, JsonNode attendu) {

        /** How the case is named in results: its file, then its own name. */
        public String nomComplet() {
            return fichier + " — " + nom;
        }
    }

    /** A malformed case file: the file, the case (its name, or its position when it has none), the line and what is wrong. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Erreur(String fichier, String element, Integer ligne, String message) {
    }

    /** The cases of a version in file order, its base dossiers by name, and what is malformed. */
    public record Lecture(List<Cas> cas, Map<String, JsonNode> bases, List<Erreur> erreurs) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> CHAMPS = Set.of("nom", "source", "base", "modifications", "attendu");
    private static final String BASES = "bases/";

    private FichiersCas() {
    }

    /** @param fichiers every CAS file of a version: name → content */
    public static Lecture lire(Map<String, String> fichiers) {
        Map<String, JsonNode> bases = new TreeMap<>();
        List<Erreur> erreurs = new ArrayList<>();
        Map<String, String> listes = new TreeMap<>();
        fichiers.forEach((nom, contenu) -> {
            String relatif = relatif(nom);
            if (relatif.startsWith(BASES)) {
                lireBase(nom, contenu, erreurs).ifPresent(b -> bases.put(relatif.substring(BASES.length()).replaceFirst("\\.json$", ""), b));
            } else {
                listes.put(nom, contenu);
            }
        });
        List<Cas> cas = new ArrayList<>();
        listes.forEach((nom, contenu) -> cas.addAll(lireCas(nom, contenu, bases.keySet(), erreurs)));
        return new Lecture(List.copyOf(cas), Map.copyOf(bases), List.copyOf(erreurs));
    }

    /** What is wrong with one CAS file, given the base dossiers of its version (used when a draft's file is replaced). */
    public static List<Erreur> verifier(String nom, String contenu, Set<String> basesConnues) {
        List<Erreur> erreurs = new ArrayList<>();
        if (relatif(nom).startsWith(BASES)) {
            lireBase(nom, contenu, erreurs);
        } else {
            lireCas(nom, contenu, basesConnues, erreurs);
        }
        return erreurs;
    }

    /** What is wrong with the case files of a set of rule files, as the errors of a draft (fichier, cas, ligne, message). */
    public static List<ErreurRegles> erreurs(JeuDeRegles jeu) {
        Map<String, String> cas = new LinkedHashMap<>();
        jeu.deType(TypeFichier.CAS).forEach(f -> cas.put(f.nom(), f.contenu()));
        return lire(cas).erreurs().stream().map(e -> new ErreurRegles(e.fichier(), e.element(), e.ligne(), e.message(), null)).toList();
    }

    /** The names of the base dossiers among a version's CAS file names. */
    public static Set<String> nomsDeBases(Iterable<String> fichiers) {
        Set<String> bases = new HashSet<>();
        fichiers.forEach(f -> {
            String relatif = relatif(f);
            if (relatif.startsWith(BASES)) {
                bases.add(relatif.substring(BASES.length()).replaceFirst("\\.json$", ""));
            }
        });
        return bases;
    }

    private static String relatif(String nom) {
        return nom.startsWith("cas/") ? nom.substring("cas/".length()) : nom;
    }

    private static Optional<JsonNode> lireBase(String nom, String contenu, List<Erreur> erreurs) {
        try {
            JsonNode base = JSON.readTree(contenu);
            if (base == null || !base.isObject()) {
                erreurs.add(new Erreur(nom, null, 1, "un dossier de base doit être un objet JSON (un dossier du contrat des décisions)"));
                return Optional.empty();
            }
            return Optional.of(base);
        } catch (JsonProcessingException e) {
            erreurs.add(new Erreur(nom, null, e.getLocation() == null ? null : e.getLocation().getLineNr(),
                    "JSON mal formé : " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    private static List<Cas> lireCas(String fichier, String contenu, Set<String> bases, List<Erreur> erreurs) {
        List<Cas> cas = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(contenu)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                erreurs.add(new Erreur(fichier, null, 1, "un fichier de cas doit être une liste JSON de cas {nom, base, modifications, attendu}"));
                return cas;
            }
            Map<String, Integer> noms = new LinkedHashMap<>();
            int position = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                position++;
                int ligne = parser.currentLocation().getLineNr();
                JsonNode noeud = JSON.readTree(parser);
                Cas lu = verifierCas(fichier, ligne, position, noeud, bases, erreurs);
                if (lu != null) {
                    if (noms.putIfAbsent(lu.nom(), ligne) != null) {
                        erreurs.add(new Erreur(fichier, lu.nom(), ligne, "deux cas portent ce nom dans le fichier (le premier ligne " + noms.get(lu.nom()) + ")"));
                    } else {
                        cas.add(lu);
                    }
                }
            }
            if (parser.nextToken() != null) {
                erreurs.add(new Erreur(fichier, null, parser.currentLocation().getLineNr(), "texte après la fin de la liste de cas"));
            }
        } catch (JsonProcessingException e) {
            erreurs.add(new Erreur(fichier, null, e.getLocation() == null ? null : e.getLocation().getLineNr(), "JSON mal formé : " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return cas;
    }

    private static Cas verifierCas(String fichier, int ligne, int position, JsonNode cas, Set<String> bases, List<Erreur> erreurs) {
        if (!cas.isObject()) {
            erreurs.add(new Erreur(fichier, "cas n° " + position, ligne, "un cas doit être un objet {nom, base, modifications, attendu}"));
            return null;
        }
        String nom = cas.path("nom").isTextual() && !cas.path("nom").asText().isBlank() ? cas.path("nom").asText() : null;
        String element = nom != null ? nom : "cas n° " + position;
        int avant = erreurs.size();
        if (nom == null) {
            erreurs.add(new Erreur(fichier, element, ligne, "nom : obligatoire, un texte non vide"));
        }
        cas.fieldNames().forEachRemaining(champ -> {
            if (!CHAMPS.contains(champ)) {
                erreurs.add(new Erreur(fichier, element, ligne, champ + " : champ inconnu (un cas a nom, source, base, modifications, attendu)"));
            }
        });
        if (!cas.path("source").isMissingNode() && !cas.path("source").isTextual()) {
            erreurs.add(new Erreur(fichier, element, ligne, "source : un texte"));
        }
        JsonNode base = cas.path("base");
        if (!base.isTextual()) {
            erreurs.add(new Erreur(fichier, element, ligne, "base : obligatoire, le nom d'un dossier de bases/"));
        } else if (!bases.contains(base.asText())) {
            erreurs.add(new Erreur(fichier, element, ligne, "base : aucun dossier bases/" + base.asText() + ".json dans cette version"));
        }
        if (!cas.path("modifications").isMissingNode() && !cas.path("modifications").isObject()) {
            erreurs.add(new Erreur(fichier, element, ligne, "modifications : un objet JSON (patch de fusion appliqué au dossier de base)"));
        }
        JsonNode attendu = cas.path("attendu");
        if (!attendu.isObject()) {
            erreurs.add(new Erreur(fichier, element, ligne, "attendu : obligatoire, un objet JSON des champs attendus"));
        } else {
            verifierAttendu(fichier, element, ligne, attendu, erreurs);
        }
        return erreurs.size() > avant ? null
                : new Cas(fichier, ligne, nom, base.asText(), cas.path("modifications"), attendu);
    }

    private static void verifierAttendu(String fichier, String element, int ligne, JsonNode attendu, List<Erreur> erreurs) {
        JsonNode statut = attendu.path("statut");
        if (!statut.isMissingNode() && !(statut.isInt() && (statut.asInt() == 201 || statut.asInt() == 400))) {
            erreurs.add(new Erreur(fichier, element, ligne, "attendu.statut : 201 (décision prise) ou 400 (saisie refusée)"));
        }
        ComparaisonCas.ENSEMBLES.forEach(champ -> {
            JsonNode codes = attendu.path(champ);
            if (!codes.isMissingNode() && !(codes.isArray() && allTextual(codes))) {
                erreurs.add(new Erreur(fichier, element, ligne, "attendu." + champ + " : une liste de codes (textes)"));
            }
        });
    }

    private static boolean allTextual(JsonNode liste) {
        for (JsonNode code : liste) {
            if (!code.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
