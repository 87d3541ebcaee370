package fr.enmr.regles.differences;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What changed from one rule-set version ({@code avec}, before) to another ({@code version}, after),
 * element by element: the analysts' review of a change.
 *
 * @param identiques      true when no rule file and no case differs
 * @param fichiersAjoutes files of {@code version} that {@code avec} does not have
 * @param fichiersRetires files of {@code avec} that {@code version} no longer has
 * @param modeles         each DMN file present in both and changed
 * @param unites          each DRL file present in both and changed
 * @param cas             each case file present in both and changed
 */
public record Differences(String version, String avec, boolean identiques, List<Fichier> fichiersAjoutes, List<Fichier> fichiersRetires,
        List<ModeleChange> modeles, List<UniteChange> unites, List<CasChange> cas) {

    public record Fichier(String nom, String type) {
    }

    /**
     * One DMN model's changes.
     *
     * @param elementsAjoutes decisions, input data and business knowledge models added
     * @param tables          decision tables whose rows or columns changed
     * @param expressions     literal expressions, context entries, call arguments changed, added or removed (text before and after)
     * @param erreur          set when a side cannot be read as DMN
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ModeleChange(String fichier, List<Element> elementsAjoutes, List<Element> elementsRetires, List<TableChange> tables,
            List<ExpressionChange> expressions, String erreur) {
    }

    /** @param genre {@code decision}, {@code donnee} (input data) or {@code connaissance} (business knowledge model) */
    public record Element(String genre, String nom) {
    }

    /**
     * A decision table's changes; {@code chemin} locates it: the element's name, then context entries or arguments
     * ({@code Module 1 › montant}).
     *
     * @param colonnes set when the hit policy or the columns changed: before and after
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TableChange(String element, String chemin, List<String> entrees, List<String> sorties, Colonnes colonnes,
            List<Ligne> lignesAjoutees, List<Ligne> lignesRetirees, List<LigneChange> lignesModifiees) {
    }

    public record Colonnes(String avant, String apres) {
    }

    /** One rule (row) of a decision table; {@code numero} from 1, as the DMN editor shows it; {@code id} when the file gives one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ligne(int numero, String id, List<String> entrees, List<String> sorties, List<String> annotations) {
    }

    public record LigneChange(Ligne avant, Ligne apres) {
    }

    /** An expression changed; {@code avant} is null when it was added, {@code apres} when it was removed. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExpressionChange(String element, String chemin, String avant, String apres) {
    }

    /** One DRL file's changes: rules by name, and what lies outside the rules (package, unit, imports, declarations). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UniteChange(String fichier, List<Regle> reglesAjoutees, List<Regle> reglesRetirees, List<RegleChange> reglesModifiees,
            ExpressionChange entete, String erreur) {
    }

    /** A rule as written, from {@code rule} to {@code end}, and its first line in the file. */
    public record Regle(String nom, int ligne, String texte) {
    }

    public record RegleChange(String nom, Regle avant, Regle apres) {
    }

    /** A case file changed: the cases (by {@code nom}) added, removed or changed when it is a list of cases. */
    /**
     * The cases of a file added, removed or changed by value; {@code casReecrits} counts the cases whose text was rewritten
     * (numbers written another way: 30000.00 → 30000, spacing) with the same values, listed nowhere.
     */
    public record CasChange(String fichier, List<String> casAjoutes, List<String> casRetires, List<String> casModifies, int casReecrits) {
    }
}
