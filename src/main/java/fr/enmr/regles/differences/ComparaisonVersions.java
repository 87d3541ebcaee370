package fr.enmr.regles.differences;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the files of two rule-set versions: files added or removed, and each file present in both
 * and changed compared by its kind (DMN model, DRL rules, cases). Pure: nothing is read from the store.
 */
public final class ComparaisonVersions {

    /** One file of a version as the comparison needs it; {@code type} is {@code DMN}, {@code DRL} or {@code CAS}. */
    public record Fichier(String nom, String type, String contenu) {
    }

    private ComparaisonVersions() {
    }

    /**
     * @param avant the files of {@code avec}, the version compared against (usually the base)
     * @param apres the files of {@code version}
     */
    public static Differences comparer(String version, String avec, Collection<Fichier> avant, Collection<Fichier> apres) {
        Map<String, Fichier> anciens = parNom(avant);
        Map<String, Fichier> nouveaux = parNom(apres);
        List<Differences.Fichier> ajoutes = nouveaux.values().stream().filter(f -> !anciens.containsKey(f.nom()))
                .map(f -> new Differences.Fichier(f.nom(), f.type())).toList();
        List<Differences.Fichier> retires = anciens.values().stream().filter(f -> !nouveaux.containsKey(f.nom()))
                .map(f -> new Differences.Fichier(f.nom(), f.type())).toList();
        List<Differences.ModeleChange> modeles = new ArrayList<>();
        List<Differences.UniteChange> unites = new ArrayList<>();
        List<Differences.CasChange> cas = new ArrayList<>();
        for (Fichier nouveau : nouveaux.values()) {
            Fichier ancien = anciens.get(nouveau.nom());
            if (ancien == null || ancien.contenu().equals(nouveau.contenu())) {
                continue;
            }
            switch (nouveau.type()) {
                case "DMN" -> modeles.add(DifferencesDmn.comparer(nouveau.nom(), ancien.contenu(), nouveau.contenu()));
                case "DRL" -> unites.add(DifferencesDrl.comparer(nouveau.nom(), ancien.contenu(), nouveau.contenu()));
                default -> cas.add(DifferencesCas.comparer(nouveau.nom(), ancien.contenu(), nouveau.contenu()));
            }
        }
        boolean identiques = ajoutes.isEmpty() && retires.isEmpty() && modeles.isEmpty() && unites.isEmpty() && cas.isEmpty();
        return new Differences(version, avec, identiques, ajoutes, retires, modeles, unites, cas);
    }

    private static Map<String, Fichier> parNom(Collection<Fichier> fichiers) {
        return fichiers.stream().collect(Collectors.toMap(Fichier::nom, Function.identity(), (a, b) -> b, LinkedHashMap::new));
    }
}
