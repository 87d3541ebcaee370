package fr.enmr.decision;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The selection adopted by the ministry that a decision's team belongs to ({@code "selection"} of GET
 * /api/decisions/{id}, scenario-api.md): computed when read, from the adoption in force, so the stored decision
 * never changes.
 *
 * @param scenario the adopted scenario (GET /api/scenarios/adoptes?campagne= shows its selection)
 * @param retenue  whether the team is retained in it
 */
@Schema(name = "SelectionEquipe", description = "La sélection adoptée par le ministère dont l'équipe fait partie, retenue ou non")
public record SelectionEquipe(String scenario, String campagne, Instant adopteLe, String motif, boolean retenue) {
}
