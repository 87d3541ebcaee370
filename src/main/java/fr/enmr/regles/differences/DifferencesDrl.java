package fr.enmr.regles.differences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.enmr.regles.differences.Differences.ExpressionChange;
import fr.enmr.regles.differences.Differences.Regle;
import fr.enmr.regles.differences.Differences.RegleChange;
import fr.enmr.regles.differences.Differences.UniteChange;

/** Rules added, removed or changed (by name) between two versions of a DRL file, and a change outside the rules. */
final class DifferencesDrl {

    private DifferencesDrl() {
    }

    static UniteChange comparer(String fichier, String avant, String apres) {
        ReglesDrl anciennes;
        ReglesDrl nouvelles;
        try {
            anciennes = ReglesDrl.lire(avant);
            nouvelles = ReglesDrl.lire(apres);
        } catch (IllegalArgumentException e) {
            return new UniteChange(fichier, List.of(), List.of(), List.of(), null, "le fichier n'a pas pu être lu par Drools : " + e.getMessage());
        }
        Map<String, Regle> avantParNom = parNom(anciennes.regles());
        Map<String, Regle> apresParNom = parNom(nouvelles.regles());
        List<Regle> ajoutees = nouvelles.regles().stream().filter(r -> !avantParNom.containsKey(r.nom())).toList();
        List<Regle> retirees = anciennes.regles().stream().filter(r -> !apresParNom.containsKey(r.nom())).toList();
        List<RegleChange> modifiees = nouvelles.regles().stream()
                .filter(r -> avantParNom.containsKey(r.nom()) && !ExpressionsDmn.memeTexte(avantParNom.get(r.nom()).texte(), r.texte()))
                .map(r -> new RegleChange(r.nom(), avantParNom.get(r.nom()), r))
                .toList();
        ExpressionChange entete = ExpressionsDmn.memeTexte(anciennes.entete(), nouvelles.entete()) ? null
                : new ExpressionChange(fichier, "hors des règles", anciennes.entete(), nouvelles.entete());
        return new UniteChange(fichier, ajoutees, retirees, modifiees, entete, null);
    }

    private static Map<String, Regle> parNom(List<Regle> regles) {
        return regles.stream().collect(Collectors.toMap(Regle::nom, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
