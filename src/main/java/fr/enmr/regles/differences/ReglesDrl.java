package fr.enmr.regles.differences;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import fr.enmr.regles.differences.Differences.Regle;

/**
 * A DRL file read with Drools' own parser: its rules (and queries) by name with their text as written,
 * and what lies outside them (package, unit, imports, declarations, comments).
 */
public record ReglesDrl(List<Regle> regles, String entete) {

    public static ReglesDrl lire(String drl) {
        DrlParser parser = new DrlParser();
        PackageDescr paquet;
        try {
            paquet = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (parser.hasErrors() || paquet == null) {
            throw new IllegalArgumentException(parser.getErrors().stream().map(Object::toString).collect(Collectors.joining(" ; ")));
        }
        String[] lignes = drl.split("\\R", -1);
        boolean[] dansUneRegle = new boolean[lignes.length];
        List<Regle> regles = new ArrayList<>();
        for (RuleDescr regle : paquet.getRules()) {
            int debut = Math.max(regle.getLine(), 1) - 1;
            int fin = Math.min(Math.max(regle.getEndLine(), regle.getLine()), lignes.length);
            IntStream.range(debut, fin).forEach(i -> dansUneRegle[i] = true);
            regles.add(new Regle(regle.getName(), debut + 1, String.join("\n", Arrays.asList(lignes).subList(debut, fin))));
        }
        String entete = IntStream.range(0, lignes.length).filter(i -> !dansUneRegle[i]).mapToObj(i -> lignes[i].stripTrailing())
                .filter(l -> !l.isBlank()).collect(Collectors.joining("\n"));
        return new ReglesDrl(List.copyOf(regles), entete);
    }
}
