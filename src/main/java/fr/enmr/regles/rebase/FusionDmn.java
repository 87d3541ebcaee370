package fr.enmr.regles.rebase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import fr.enmr.regles.rebase.ArbreDmn.Noeud;
import fr.enmr.regles.rebase.TroisVoies.Choix;
import fr.enmr.regles.rebase.TroisVoies.Cote;

/**
 * One DMN file rebased: every element (rule, table, literal expression, context entry, item definition and its
 * allowed values, decision…) is taken from the side that changed it since the base; the file is the text of the side
 * whose own structure it keeps, with the other side's elements spliced in, so nothing else of the file changes.
 */
final class FusionDmn {

    private final Map<Cote, ArbreDmn> arbres;
    private final Choix choix;

    private FusionDmn(Map<Cote, ArbreDmn> arbres, Choix choix) {
        this.arbres = arbres;
        this.choix = choix;
    }

    /** @throws IllegalArgumentException when a side cannot be read as XML */
    static Fusion fusionner(String fichier, String base, String active, String version) {
        ArbreDmn b = ArbreDmn.lire(base);
        ArbreDmn a = ArbreDmn.lire(active);
        ArbreDmn v = ArbreDmn.lire(version);
        Choix choix = TroisVoies.choisir(b.contenus(), a.contenus(), v.contenus(), ArbreDmn.DIAGRAMME::equals);
        if (!choix.conflits().isEmpty()) {
            return Fusion.conflits(choix.conflits().stream().map(cle -> conflit(fichier, cle, b, a, v)).toList());
        }
        FusionDmn fusion = new FusionDmn(Map.of(Cote.ACTIVE, a, Cote.VERSION, v), choix);
        ArbreDmn racine = fusion.arbres.get(choix.cotes().get(""));
        StringBuilder texte = new StringBuilder(racine.texte.substring(0, racine.racine.debut));
        fusion.rendre(racine, racine.racine, texte);
        return Fusion.texte(texte.append(racine.texte.substring(racine.racine.fin)).toString());
    }

    /** The element's text in its side, with each element merged on its own taken from the side chosen for it. */
    private void rendre(ArbreDmn arbre, Noeud noeud, StringBuilder texte) {
        int position = noeud.debut;
        List<Noeud> unites = new ArrayList<>();
        unitesSous(noeud, unites);
        for (Noeud unite : unites) {
            texte.append(arbre.texte, position, unite.debut);
            ArbreDmn source = arbres.get(choix.cotes().get(unite.cle));
            Noeud sienne = source.unites().get(unite.cle);
            if (sienne == null) { // cannot be when the choices agree; kept as it stands, to be safe
                source = arbre;
                sienne = unite;
            }
            rendre(source, sienne, texte);
            position = unite.fin;
        }
        texte.append(arbre.texte, position, noeud.fin);
    }

    /** The nearest elements below this one that are merged on their own, in document order. */
    private static void unitesSous(Noeud noeud, List<Noeud> unites) {
        for (Object enfant : noeud.enfants) {
            if (enfant instanceof Noeud n) {
                if (n.cle != null) {
                    unites.add(n);
                } else {
                    unitesSous(n, unites);
                }
            }
        }
    }

    private static Conflit conflit(String fichier, String cle, ArbreDmn base, ArbreDmn active, ArbreDmn version) {
        if (cle.isEmpty()) {
            return new Conflit(fichier, "structure du modèle (éléments ajoutés, retirés ou déplacés)", null, null, null, null);
        }
        Noeud b = base.unites().get(cle);
        Noeud a = active.unites().get(cle);
        Noeud v = version.unites().get(cle);
        Noeud repere = v != null ? v : a != null ? a : b;
        return new Conflit(fichier, element(repere), ligne(repere), rendu(b), rendu(a), rendu(v));
    }

    /** Where the element is, in the analysts' words: its decision (or type), and the context entry. */
    private static String element(Noeud noeud) {
        List<String> chemin = new ArrayList<>();
        for (Noeud n = noeud; n != null; n = n.parent) {
            if (n.nom.equals("contextEntry")) {
                Noeud variable = n.enfant("variable");
                chemin.add(0, variable == null ? "résultat" : variable.attributs.getOrDefault("name", "?"));
            } else if (n.nom.equals("allowedValues")) {
                chemin.add(0, "valeurs permises");
            } else if (n.attributs.containsKey("name") && !n.nom.equals("definitions") && !n.nom.equals("variable")) {
                chemin.add(0, n.attributs.get("name"));
                break;
            }
        }
        return chemin.isEmpty() ? noeud.nom : String.join(" › ", chemin);
    }

    /** A decision table's row, from 1 as the editor numbers it. */
    private static Integer ligne(Noeud noeud) {
        if (!noeud.nom.equals("rule") || noeud.parent == null) {
            return null;
        }
        List<Object> regles = noeud.parent.enfants.stream().filter(e -> e instanceof Noeud n && n.nom.equals("rule")).toList();
        return regles.indexOf(noeud) + 1;
    }

    /** The element as analysts read it: a row's cells (inputs → outputs, annotations), or its text. */
    private static String rendu(Noeud noeud) {
        if (noeud == null) {
            return null;
        }
        if (noeud.nom.equals("rule")) {
            return cellules(noeud, "inputEntry") + " → " + cellules(noeud, "outputEntry")
                    + (cellules(noeud, "annotationEntry").isEmpty() ? "" : " (" + cellules(noeud, "annotationEntry") + ")");
        }
        String texte = noeud.texte();
        return texte.length() > 500 ? texte.substring(0, 500) + "…" : texte;
    }

    private static String cellules(Noeud regle, String genre) {
        return regle.enfants.stream().filter(e -> e instanceof Noeud n && n.nom.equals(genre)).map(e -> ((Noeud) e).texte())
                .filter(Objects::nonNull).collect(Collectors.joining(" | "));
    }
}
