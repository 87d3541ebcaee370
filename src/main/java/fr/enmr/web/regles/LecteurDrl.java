package fr.enmr.web.regles;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/** Reads a DRL file with the Drools parser into its unit, its opening comments and its rules with their sources. */
final class LecteurDrl {

    private LecteurDrl() {
    }

    static UniteRegles lire(String fichier, String drl) {
        DrlParser parser = new DrlParser();
        PackageDescr paquet;
        try {
            paquet = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            throw new IllegalStateException("cannot parse " + fichier, e);
        }
        if (parser.hasErrors() || paquet == null) {
            throw new IllegalStateException("cannot parse " + fichier + ": " + parser.getErrors());
        }
        String[] lignes = drl.split("\\R", -1);
        List<UniteRegles.Regle> regles = paquet.getRules().stream()
                .map(r -> new UniteRegles.Regle(r.getName(), Ancres.de("regle", r.getName()), source(r), texte(lignes, r)))
                .toList();
        String unite = paquet.getUnit() == null ? "(sans unité)" : paquet.getUnit().getTarget();
        return new UniteRegles(unite, paquet.getName(), fichier, commentairesDeTete(lignes), regles);
    }

    private static String source(RuleDescr regle) {
        AnnotationDescr source = regle.getAnnotation("source");
        return source == null ? "" : String.valueOf(source.getSingleValueStripped());
    }

    /** The rule as written, from « rule » to « end ». */
    private static String texte(String[] lignes, RuleDescr regle) {
        int debut = Math.max(regle.getLine(), 1) - 1;
        int fin = Math.min(Math.max(regle.getEndLine(), regle.getLine()), lignes.length);
        return String.join("\n", Arrays.asList(lignes).subList(debut, fin));
    }

    /** The « // » comments before the first rule: what the file says it is for. */
    private static String commentairesDeTete(String[] lignes) {
        return Arrays.stream(lignes)
                .takeWhile(l -> !l.strip().startsWith("rule "))
                .map(String::strip)
                .filter(l -> l.startsWith("//"))
                .map(l -> l.substring(2).strip())
                .collect(Collectors.joining(" "));
    }
}
