package fr.enmr.moteur.compile;

/**
 * The row a decision table selected while a dossier was decided, as the rules' trace shows it.
 *
 * @param element the decision or knowledge model whose logic the table is
 * @param table   the table's id in the DMN file (unique in its model)
 * @param ligne   the rule's number from 1, as the DMN editor numbers it; 0 when no rule applied (the table gave null)
 */
public record LigneDeTable(String element, String table, int ligne) {
}
