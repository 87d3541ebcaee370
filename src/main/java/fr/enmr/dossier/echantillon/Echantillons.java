package fr.enmr.dossier.echantillon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.Dossier;

/** The hand-written sample dossiers of config/echantillons (real site names, invented figures). */
public final class Echantillons {

    static final String BRETAGNE_PREMIERE_VAGUE = "bretagne-premiere-vague.json";
    private static final Path REPERTOIRE = Path.of("config", "echantillons");
    private static final String RESSOURCE = "/echantillons/";
    private static final TypeReference<List<Dossier>> LISTE_DE_DOSSIERS = new TypeReference<>() {
    };

    private Echantillons() {
    }

    /** The 9 Bretagne sites of the first wave, from ./config/echantillons, else from the copy in the jar. */
    public static List<Dossier> bretagnePremiereVague(ObjectMapper mapper) {
        return lire(mapper, REPERTOIRE, BRETAGNE_PREMIERE_VAGUE);
    }

    static List<Dossier> lire(ObjectMapper mapper, Path repertoire, String fichier) {
        Path chemin = repertoire.resolve(fichier);
        try {
            if (Files.isRegularFile(chemin)) { // the working copy wins, so an analyst's edit is seen without a rebuild
                return Collections.unmodifiableList(mapper.readValue(chemin.toFile(), LISTE_DE_DOSSIERS));
            }
            try (InputStream ressource = Echantillons.class.getResourceAsStream(RESSOURCE + fichier)) {
                if (ressource == null) {
                    throw new IllegalStateException("échantillon introuvable : " + chemin.toAbsolutePath()
                            + ", ni dans le classpath : " + RESSOURCE + fichier);
                }
                return Collections.unmodifiableList(mapper.readValue(ressource, LISTE_DE_DOSSIERS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("échantillon illisible : " + fichier, e);
        }
    }
}
