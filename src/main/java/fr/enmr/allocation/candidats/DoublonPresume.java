package fr.enmr.allocation.candidats;

import java.util.List;

/**
 * Candidates that look like one team under several references: the same structure name (case,
 * accents and spacing aside), type and department in their stored dossiers. Flagged, never merged:
 * the ministry checks before retaining more than one of them.
 *
 * @param references    the candidates' references, sorted
 * @param nom           the structure's name as the first of them spells it
 * @param typeStructure e.g. MAISON_DE_SANTE
 * @param departement   e.g. 29
 */
public record DoublonPresume(List<String> references, String nom, String typeStructure, String departement) {

    /** « Même équipe probable que BRE-2, BRE-3 (…) » for one of the references, in its explanation. */
    public String pour(String reference) {
        List<String> autres = references.stream().filter(r -> !r.equals(reference)).toList();
        return "Doublon présumé : « " + nom + " » (" + typeStructure + ", département " + departement + ") figure aussi sous "
                + (autres.size() > 1 ? "les références " : "la référence ") + String.join(", ", autres)
                + " ; vérifier qu'il ne s'agit pas de la même équipe avant de retenir plus d'une de ces références.";
    }
}
