package fr.enmr.regles.differences;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.OutputClause;

import fr.enmr.regles.differences.Differences.Colonnes;
import fr.enmr.regles.differences.Differences.Ligne;
import fr.enmr.regles.differences.Differences.LigneChange;
import fr.enmr.regles.differences.Differences.TableChange;

/**
 * Rows added, removed and changed between two versions of a decision table. A row of one version is the
 * same rule as a row of the other when both carry the same {@code id}; rows left over are matched by
 * content (same cells: unchanged, possibly moved), then by the same input cells (its outputs or annotation
 * changed); what is still left was added or removed.
 */
final class DifferencesTable {

    private DifferencesTable() {
    }

    static Optional<TableChange> comparer(String element, String chemin, DecisionTable avant, DecisionTable apres) {
        List<Ligne> anciennes = lignes(avant);
        List<Ligne> nouvelles = lignes(apres);
        Map<Ligne, Ligne> paires = new LinkedHashMap<>();
        apparier(anciennes, nouvelles, paires, (a, b) -> a.id() != null && a.id().equals(b.id()));
        apparier(anciennes, nouvelles, paires, DifferencesTable::memeContenu);
        apparier(anciennes, nouvelles, paires, (a, b) -> memesCellules(a.entrees(), b.entrees()));
        List<LigneChange> modifiees = paires.entrySet().stream()
                .filter(p -> !memeContenu(p.getKey(), p.getValue()))
                .map(p -> new LigneChange(p.getKey(), p.getValue()))
                .sorted(Comparator.comparingInt(c -> c.apres().numero()))
                .toList();
        List<Ligne> retirees = anciennes.stream().filter(l -> !paires.containsKey(l)).toList();
        List<Ligne> ajoutees = nouvelles.stream().filter(l -> !paires.containsValue(l)).toList();
        String colonnesAvant = colonnes(avant);
        String colonnesApres = colonnes(apres);
        Colonnes colonnes = ExpressionsDmn.memeTexte(colonnesAvant, colonnesApres) ? null : new Colonnes(colonnesAvant, colonnesApres);
        if (colonnes == null && modifiees.isEmpty() && retirees.isEmpty() && ajoutees.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TableChange(element, chemin, apres.getInput().stream().map(DifferencesTable::libelle).toList(),
                apres.getOutput().stream().map(o -> nomDeSortie(apres, o)).toList(), colonnes, ajoutees, retirees, modifiees));
    }

    /** Pairs each row not yet paired with the first row of the other version, not yet paired, that matches. */
    private static void apparier(List<Ligne> anciennes, List<Ligne> nouvelles, Map<Ligne, Ligne> paires, BiPredicate<Ligne, Ligne> memeRegle) {
        Map<Ligne, Boolean> prises = new HashMap<>();
        paires.values().forEach(l -> prises.put(l, true));
        for (Ligne ancienne : anciennes) {
            if (paires.containsKey(ancienne)) {
                continue;
            }
            nouvelles.stream().filter(n -> !prises.containsKey(n) && memeRegle.test(ancienne, n)).findFirst().ifPresent(n -> {
                paires.put(ancienne, n);
                prises.put(n, true);
            });
        }
    }

    private static List<Ligne> lignes(DecisionTable table) {
        return IntStream.range(0, table.getRule().size()).mapToObj(n -> {
            var regle = table.getRule().get(n);
            return new Ligne(n + 1, regle.getId(),
                    regle.getInputEntry().stream().map(e -> ExpressionsDmn.texte(e.getText())).toList(),
                    regle.getOutputEntry().stream().map(e -> ExpressionsDmn.texte(e.getText())).toList(),
                    regle.getAnnotationEntry().stream().map(e -> ExpressionsDmn.texte(e.getText())).toList());
        }).toList();
    }

    private static boolean memeContenu(Ligne a, Ligne b) {
        return memesCellules(a.entrees(), b.entrees()) && memesCellules(a.sorties(), b.sorties())
                && memesCellules(a.annotations(), b.annotations());
    }

    private static boolean memesCellules(List<String> a, List<String> b) {
        return a.size() == b.size() && IntStream.range(0, a.size()).allMatch(i -> ExpressionsDmn.memeTexte(a.get(i), b.get(i)));
    }

    /** Hit policy and columns as one line: a change of either is shown before and after. */
    private static String colonnes(DecisionTable table) {
        String politique = table.getHitPolicy() + (table.getAggregation() == null ? "" : " " + table.getAggregation().value());
        String entrees = table.getInput().stream().map(DifferencesTable::entree).collect(Collectors.joining(" | "));
        String sorties = table.getOutput().stream().map(o -> sortie(table, o)).collect(Collectors.joining(" | "));
        String annotations = table.getAnnotation().stream().map(a -> a.getName()).collect(Collectors.joining(" | "));
        return politique + " ; entrées : " + entrees + " ; sorties : " + sorties + " ; annotations : " + annotations;
    }

    private static String entree(InputClause entree) {
        String valeurs = entree.getInputValues() == null ? "" : " ∈ " + ExpressionsDmn.texte(entree.getInputValues().getText());
        return libelle(entree) + " = " + ExpressionsDmn.texte(entree.getInputExpression().getText()) + valeurs;
    }

    private static String sortie(DecisionTable table, OutputClause sortie) {
        String valeurs = sortie.getOutputValues() == null ? "" : " ∈ " + ExpressionsDmn.texte(sortie.getOutputValues().getText());
        String defaut = sortie.getDefaultOutputEntry() == null ? "" : " (défaut " + ExpressionsDmn.texte(sortie.getDefaultOutputEntry().getText()) + ")";
        return nomDeSortie(table, sortie) + Objects.toString(sortie.getTypeRef() == null ? null : " : " + sortie.getTypeRef().getLocalPart(), "")
                + valeurs + defaut;
    }

    private static String libelle(InputClause entree) {
        return entree.getLabel() != null ? entree.getLabel() : ExpressionsDmn.texte(entree.getInputExpression().getText());
    }

    /** A single output has no name of its own in DMN: the table's output label then names it. */
    private static String nomDeSortie(DecisionTable table, OutputClause sortie) {
        if (sortie.getName() != null && !sortie.getName().isBlank()) {
            return sortie.getName();
        }
        return table.getOutputLabel() != null ? table.getOutputLabel() : "Résultat";
    }
}
