package fr.enmr.regles.rebase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.jeu.TypeFichier;

/**
 * A version's own changes (from its base) carried onto the active version, file by file: a file only one side changed
 * is taken from it; a file both changed is merged element by element by its kind (DMN, DRL, cases). Pure.
 */
public final class FusionJeux {

    /** The rebased files, or the elements both sides changed differently (then no files). */
    public record Resultat(JeuDeRegles jeu, List<Conflit> conflits) {
    }

    private FusionJeux() {
    }

    public static Resultat fusionner(JeuDeRegles base, JeuDeRegles active, JeuDeRegles version) {
        TreeSet<String> noms = new TreeSet<>(version.fichiers().keySet());
        noms.addAll(active.fichiers().keySet());
        noms.addAll(base.fichiers().keySet());
        List<FichierRegles> fichiers = new ArrayList<>();
        List<Conflit> conflits = new ArrayList<>();
        for (String nom : noms) {
            String b = contenu(base, nom);
            String a = contenu(active, nom);
            String v = contenu(version, nom);
            Fusion fusion;
            if (Objects.equals(a, v) || Objects.equals(v, b)) {
                fusion = Fusion.texte(a);
            } else if (Objects.equals(a, b)) {
                fusion = Fusion.texte(v);
            } else if (a == null || b == null || v == null) {
                fusion = Fusion.conflits(List.of(new Conflit(nom, "fichier entier (ajouté ou retiré d'un côté)", null,
                        presence(b), presence(a), presence(v))));
            } else {
                fusion = fusionner(nom, b, a, v);
            }
            conflits.addAll(fusion.conflits());
            if (fusion.texte() != null) {
                fichiers.add(new FichierRegles(nom, TypeFichier.deNom(nom), fusion.texte()));
            }
        }
        return conflits.isEmpty() ? new Resultat(new JeuDeRegles(fichiers), List.of()) : new Resultat(null, List.copyOf(conflits));
    }

    private static Fusion fusionner(String nom, String base, String active, String version) {
        try {
            return switch (TypeFichier.deNom(nom)) {
                case DMN -> FusionDmn.fusionner(nom, base, active, version);
                case DRL -> FusionDrl.fusionner(nom, base, active, version);
                case CAS -> FusionCas.fusionner(nom, base, active, version);
            };
        } catch (IllegalArgumentException e) { // a side this reader cannot open: the file is one element
            return Fusion.conflits(List.of(new Conflit(nom, "fichier entier (illisible élément par élément : " + e.getMessage() + ")",
                    null, null, null, null)));
        }
    }

    private static String contenu(JeuDeRegles jeu, String nom) {
        return jeu.fichier(nom).map(FichierRegles::contenu).orElse(null);
    }

    private static String presence(String contenu) {
        return contenu == null ? "(absent)" : "(présent)";
    }
}
