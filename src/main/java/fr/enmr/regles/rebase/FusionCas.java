package fr.enmr.regles.rebase;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.regles.rebase.TroisVoies.Choix;
import fr.enmr.regles.rebase.TroisVoies.Cote;

/**
 * One file of analysts' cases rebased case by case (by {@code nom}): the text of the side whose list of cases it
 * keeps, each case's text taken from the side that changed it. Any other JSON (a base dossier) is one element.
 */
final class FusionCas {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The key of the list itself: which cases, in which order. */
    private static final String LISTE = "";

    /** A file's cases by name, each with its span in the text; none when the file is not a list of cases. */
    private record Cas(String texte, Map<String, int[]> places, Map<String, String> contenus) {
    }

    private FusionCas() {
    }

    /** @throws IllegalArgumentException when a side is not JSON */
    static Fusion fusionner(String fichier, String base, String active, String version) {
        Map<Cote, Cas> lus = Map.of(Cote.ACTIVE, lire(active), Cote.VERSION, lire(version));
        Cas b = lire(base);
        Choix choix = TroisVoies.choisir(b.contenus(), lus.get(Cote.ACTIVE).contenus(), lus.get(Cote.VERSION).contenus(), cle -> false);
        if (!choix.conflits().isEmpty()) {
            return Fusion.conflits(choix.conflits().stream().map(nom -> new Conflit(fichier, nom.equals(LISTE) ? "liste des cas" : nom, null,
                    b.contenus().get(nom), lus.get(Cote.ACTIVE).contenus().get(nom), lus.get(Cote.VERSION).contenus().get(nom))).toList());
        }
        Cas racine = lus.get(choix.cotes().get(LISTE));
        StringBuilder texte = new StringBuilder();
        int position = 0;
        for (Map.Entry<String, int[]> place : racine.places().entrySet()) {
            Cas source = lus.get(choix.cotes().get(place.getKey()));
            int[] sienne = source.places().get(place.getKey());
            texte.append(racine.texte(), position, place.getValue()[0]).append(source.texte(), sienne[0], sienne[1]);
            position = place.getValue()[1];
        }
        return Fusion.texte(texte.append(racine.texte().substring(position)).toString());
    }

    private static Cas lire(String texte) {
        Map<String, int[]> places = new LinkedHashMap<>();
        Map<String, String> contenus = new LinkedHashMap<>();
        try (JsonParser parser = JSON.getFactory().createParser(texte)) {
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int debut = (int) parser.currentTokenLocation().getCharOffset();
                    JsonNode cas = JSON.readTree(parser);
                    int fin = (int) parser.currentLocation().getCharOffset();
                    String nom = cas.path("nom").asText("");
                    if (!nom.isEmpty() && !places.containsKey(nom)) {
                        places.put(nom, new int[] {debut, fin});
                        contenus.put(nom, cas.toString());
                    }
                }
            }
            List<String> noms = new ArrayList<>(places.keySet());
            // a list of cases is its names in order; anything else is one element, its JSON
            contenus.put(LISTE, places.isEmpty() ? JSON.readTree(texte).toString() : noms.stream().collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new IllegalArgumentException("JSON illisible : " + e.getMessage(), e);
        }
        return new Cas(texte, places, contenus);
    }
}
