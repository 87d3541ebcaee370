package fr.enmr.regles.rebase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.enmr.regles.differences.Differences.Regle;
import fr.enmr.regles.differences.ReglesDrl;
import fr.enmr.regles.rebase.TroisVoies.Choix;
import fr.enmr.regles.rebase.TroisVoies.Cote;

/**
 * One DRL file rebased rule by rule (by name, as the differences read them): the text of the side whose rules list and
 * header (package, imports, declarations) it keeps, each rule's lines taken from the side that changed it.
 */
final class FusionDrl {

    /** The key of what lies outside the rules, and of the rules' order. */
    private static final String ENTETE = "";

    private FusionDrl() {
    }

    /** @throws IllegalArgumentException when a side cannot be read by Drools' parser */
    static Fusion fusionner(String fichier, String base, String active, String version) {
        Map<Cote, ReglesDrl> lues = Map.of(Cote.ACTIVE, ReglesDrl.lire(active), Cote.VERSION, ReglesDrl.lire(version));
        ReglesDrl b = ReglesDrl.lire(base);
        Choix choix = TroisVoies.choisir(contenus(b), contenus(lues.get(Cote.ACTIVE)), contenus(lues.get(Cote.VERSION)), cle -> false);
        if (!choix.conflits().isEmpty()) {
            return Fusion.conflits(choix.conflits().stream().map(nom -> nom.equals(ENTETE)
                    ? new Conflit(fichier, "hors des règles (package, imports, déclarations, ordre des règles)", null,
                            b.entete(), lues.get(Cote.ACTIVE).entete(), lues.get(Cote.VERSION).entete())
                    : conflit(fichier, nom, b, lues.get(Cote.ACTIVE), lues.get(Cote.VERSION))).toList());
        }
        Cote cote = choix.cotes().get(ENTETE);
        String texte = cote == Cote.ACTIVE ? active : version;
        List<String> lignes = new ArrayList<>(Arrays.asList(texte.split("\\R", -1)));
        List<Regle> regles = new ArrayList<>(lues.get(cote).regles());
        regles.sort((x, y) -> y.ligne() - x.ligne()); // from the end: the lines above keep their numbers
        for (Regle regle : regles) {
            Cote sienne = choix.cotes().get(regle.nom());
            if (sienne != cote) {
                int nombre = regle.texte().split("\n", -1).length;
                List<String> place = lignes.subList(regle.ligne() - 1, regle.ligne() - 1 + nombre);
                place.clear();
                place.addAll(Arrays.asList(parNom(lues.get(sienne)).get(regle.nom()).texte().split("\n", -1)));
            }
        }
        return Fusion.texte(String.join("\n", lignes));
    }

    /** Each rule's text by name, and the header with the rules' order under {@link #ENTETE}. */
    private static Map<String, String> contenus(ReglesDrl drl) {
        Map<String, String> contenus = new LinkedHashMap<>();
        contenus.put(ENTETE, TroisVoies.normal(drl.entete()) + "\n" + drl.regles().stream().map(Regle::nom).collect(Collectors.joining("\n")));
        drl.regles().forEach(r -> contenus.putIfAbsent(r.nom(), TroisVoies.normal(r.texte())));
        return contenus;
    }

    private static Map<String, Regle> parNom(ReglesDrl drl) {
        Map<String, Regle> regles = new LinkedHashMap<>();
        drl.regles().forEach(r -> regles.putIfAbsent(r.nom(), r));
        return regles;
    }

    private static Conflit conflit(String fichier, String nom, ReglesDrl base, ReglesDrl active, ReglesDrl version) {
        Regle v = parNom(version).get(nom);
        Regle a = parNom(active).get(nom);
        Regle b = parNom(base).get(nom);
        return new Conflit(fichier, nom, v != null ? Integer.valueOf(v.ligne()) : null, b == null ? null : b.texte(),
                a == null ? null : a.texte(), v == null ? null : v.texte());
    }
}
