package fr.enmr.moteur.jeu;

import java.util.List;

import fr.enmr.store.StoredFichierRegles;
import fr.enmr.store.StoredVersion;

/** A version's files between their stored form and a {@link JeuDeRegles}. */
public final class FichiersStockes {

    private FichiersStockes() {
    }

    public static JeuDeRegles jeu(StoredVersion version) {
        List<StoredFichierRegles> fichiers = version.fichiers() == null ? List.of() : version.fichiers();
        return new JeuDeRegles(fichiers.stream()
                .map(f -> new FichierRegles(f.nom(), TypeFichier.valueOf(f.type()), f.contenu())).toList());
    }

    public static List<StoredFichierRegles> stockes(JeuDeRegles jeu) {
        return jeu.fichiers().values().stream().map(f -> new StoredFichierRegles(f.nom(), f.type().name(), f.contenu())).toList();
    }
}
