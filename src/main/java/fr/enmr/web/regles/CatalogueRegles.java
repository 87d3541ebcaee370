package fr.enmr.web.regles;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.enmr.moteur.jeu.VersionRegles;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.jeu.TypeFichier;
import fr.enmr.moteur.CompilateurRegles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The rule files the service was built with (the ones {@link VersionRegles} hashes), read once for the
 * analysts' page: DMN models of dmn/ and rule units of rules/.
 */
@ApplicationScoped
public class CatalogueRegles {

    /** Where the top-level rules/ link points inside the resources (README, « Layout »). */
    static final String DOSSIER_RULES = "fr/enmr/moteur/constats/";

    private final List<ModeleDmn> modeles = new ArrayList<>();
    private final List<UniteRegles> unites = new ArrayList<>();

    @Inject
    public CatalogueRegles(VersionRegles version) {
        for (String fichier : version.fichiers()) {
            ajouter(fichier, lire(fichier));
        }
    }

    private CatalogueRegles() {
    }

    /** The DMN models and rule units of a rule-set version (not of the files packaged with the service). */
    public static CatalogueRegles de(JeuDeRegles jeu) {
        CatalogueRegles catalogue = new CatalogueRegles();
        for (FichierRegles fichier : jeu.fichiers().values()) {
            if (fichier.type() == TypeFichier.DMN) {
                catalogue.ajouter(fichier.cheminRelatif(), CompilateurRegles.enDmn15(fichier.contenu()));
            } else if (fichier.type() == TypeFichier.DRL) {
                catalogue.ajouter(fichier.cheminRelatif(), fichier.contenu());
            }
        }
        return catalogue;
    }

    private void ajouter(String fichier, String texte) {
        if (fichier.endsWith(".dmn")) {
            modeles.add(LecteurDmn.lire(fichier, new StringReader(texte)));
        } else if (fichier.endsWith(".drl")) {
            unites.add(LecteurDrl.lire(cheminAnalystes(fichier), texte));
        }
    }

    public List<ModeleDmn> modeles() {
        return modeles;
    }

    public List<UniteRegles> unites() {
        return unites;
    }

    /** « fr/enmr/moteur/constats/constats.drl » → « rules/constats.drl », the path analysts open. */
    static String cheminAnalystes(String fichier) {
        return fichier.startsWith(DOSSIER_RULES) ? "rules/" + fichier.substring(DOSSIER_RULES.length()) : fichier;
    }

    private static String lire(String fichier) {
        try (InputStream in = CatalogueRegles.class.getResourceAsStream("/" + fichier)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + fichier + " is not in the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
