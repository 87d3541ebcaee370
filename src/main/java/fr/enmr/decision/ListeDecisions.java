package fr.enmr.decision;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import fr.enmr.store.Page;
import fr.enmr.store.StoredDecision;

/**
 * The answer of GET /api/decisions: a page of stored decisions, each exactly as it was answered (its stored JSON, written
 * as is), and beside them what people read in a list ({@link ReperesListe}).
 *
 * @param decisions  the page's decisions as a JSON array of the stored answers, newest first
 * @param structures each listed decision's structure name, by decision id
 * @param remplacees the listed decisions a newer decision of the same reference and year replaces
 */
@Schema(name = "ListeDecisions", description = "Décisions enregistrées, des plus récentes aux plus anciennes, paginées")
public record ListeDecisions(
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = Decision.class,
                description = "Chaque décision telle qu'elle a été répondue") String decisions,
        @Schema(description = "Numéro de la page, à partir de 0") int page,
        @Schema(description = "Décisions par page") int taille,
        @Schema(description = "Décisions correspondant à la recherche, toutes pages") long total,
        @Schema(description = "Nom de la structure de chaque décision, par identifiant de décision") Map<String, String> structures,
        @Schema(description = "Identifiants des décisions qu'une décision plus récente de la même référence et année remplace")
        List<String> remplacees,
        // absent when no team of the page belongs to an adopted selection: the list stays what it was before adoptions
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "La sélection adoptée dont l'équipe de chaque décision fait partie, par identifiant de décision (seulement celles qui en ont une)")
        Map<String, SelectionEquipe> selections) {

    static ListeDecisions de(Page<StoredDecision> trouvees, int page, int taille, ReperesListe.Reperes reperes, Map<String, SelectionEquipe> selections) {
        String decisions = trouvees.elements().stream().map(StoredDecision::decisionJson).collect(Collectors.joining(",", "[", "]"));
        return new ListeDecisions(decisions, page, taille, trouvees.total(), reperes.structures(), reperes.remplacees(), selections);
    }
}
