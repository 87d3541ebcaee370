package fr.enmr.web.dossiers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.problem.Violation;

/**
 * One data line of a dossier CSV: the dossier as the API takes it, or why the line could not be read.
 *
 * @param ligne   its line number in the file (the header is line 1)
 * @param dossier the JSON body for POST /api/decisions; null when the line is unreadable
 * @param erreurs what makes the line unreadable; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LigneDossier(int ligne, ObjectNode dossier, List<Violation> erreurs) {
}
