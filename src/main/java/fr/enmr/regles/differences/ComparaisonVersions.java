package fr.enmr.regles.differences;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.JeuDeRegles;

/**
 * Compares the files of two rule-set versions: files added or removed, and each file present in both
 * and changed compared by its kind (DMN model, DRL rules, cases). Pure: nothing is read from the store.
 */
public final class ComparaisonVersions {

    private ComparaisonVersions() {
    }

    /**
     * @param avant the files of {@code avec}, the version compared against (usually the base)
     * @param apres the files of {@code version}
     */
    public static Differences comparer(String version, String avec, JeuDeRegles avant, JeuDeRegles apres) {
        Map<String, FichierRegles> anciens = avant.fichiers();
        Map<String, FichierRegles> nouveaux = apres.fichiers();
        List<Differences.Fichier> ajoutes = nouveaux.values().stream().filter(f -> !anciens.containsKey(f.nom()))
                .map(f -> new Differences.Fichier(f.nom(), f.type().name())).toList();
        List<Differences.Fichier> retires = anciens.values().stream().filter(f -> !nouveaux.containsKey(f.nom()))
                .map(f -> new Differences.Fichier(f.nom(), f.type().name())).toList();
        List<Differences.ModeleChange> modeles = new ArrayList<>();
        List<Differences.UniteChange> unites = new ArrayList<>();
        List<Differences.CasChange> cas = new ArrayList<>();
        for (FichierRegles nouveau : nouveaux.values()) {
            FichierRegles ancien = anciens.get(nouveau.nom());
            if (ancien == null || ancien.contenu().equals(nouveau.contenu())) {
                continue;
            }
            switch (nouveau.type()) {
                case DMN -> modeles.add(DifferencesDmn.comparer(nouveau.nom(), ancien.contenu(), nouveau.contenu()));
                case DRL -> unites.add(DifferencesDrl.comparer(nouveau.nom(), ancien.contenu(), nouveau.contenu()));
                case CAS -> cas.add(DifferencesCas.comparer(nouveau.nom(), ancien.contenu(), nouveau.contenu()));
            }
        }
        boolean identiques = ajoutes.isEmpty() && retires.isEmpty() && modeles.isEmpty() && unites.isEmpty() && cas.isEmpty();
        return new Differences(version, avec, identiques, ajoutes, retires, modeles, unites, cas);
    }
}
