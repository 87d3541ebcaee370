package fr.enmr.regles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.TypeFichier;
import fr.enmr.problem.Violation;

/** The files an analyst sends for a draft, checked before KIE sees them: a known kind, a plain relative name, at most 2 MiB. */
final class FichiersSoumis {

    /** The largest file a version may hold (413 beyond). */
    static final int TAILLE_MAX = 2 * 1024 * 1024;

    private static final Pattern NOM = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9_][A-Za-z0-9._-]{0,99}){0,4}");

    private FichiersSoumis() {
    }

    /**
     * The files given by name; a bad name or a missing content is added to {@code violations}.
     *
     * @throws RefusVersion 413 for a file over 2 MiB
     */
    static List<FichierRegles> lire(Map<String, String> fichiers, List<Violation> violations) {
        List<FichierRegles> resultat = new ArrayList<>();
        fichiers.forEach((nom, contenu) -> {
            TypeFichier type = TypeFichier.deNom(nom);
            if (nom == null || !NOM.matcher(nom).matches() || nom.contains("..") || type == null
                    || type != TypeFichier.CAS && nom.contains("/")) {
                violations.add(new Violation("fichiers." + nom, "nom de fichier non valide : un modèle « x.dmn », le DRL « x.drl » "
                        + "ou un cas « dossier/x.json » (lettres, chiffres, . _ -)"));
            } else if (contenu == null) {
                violations.add(new Violation("fichiers." + nom, "contenu obligatoire"));
            } else {
                FichierRegles fichier = new FichierRegles(nom, type, contenu);
                if (fichier.taille() > TAILLE_MAX) {
                    throw new RefusVersion(413, "Fichier trop volumineux", "Le fichier " + nom + " dépasse 2 Mio ("
                            + fichier.taille() + " octets) : rien n'a été enregistré.");
                }
                resultat.add(fichier);
            }
        });
        return resultat;
    }
}
