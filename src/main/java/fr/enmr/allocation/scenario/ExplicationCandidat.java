package fr.enmr.allocation.scenario;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;


/**
 * GET /api/scenarios/{id}/candidats/{reference} (scenario-api.md): why this team is or is not
 * retained, in French, with the constraints that decided it and their effect on the score,
 * ({@code doublonPresume}) the other references it probably shares its team with, and
 * ({@code impose}) the ministry's imposed choice on it with its reason. It also gives the candidate's
 * fields as the scenario took them ({@code patienteleRetenue}, {@code zoneFragile}, {@code rangArs}, defaults
 * applied), so that the same candidates can be sent again (the page's « Recalculer avec ces choix imposés »).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExplicationCandidat(String reference, String nom, String region, boolean retenu, boolean eligible, BigDecimal cout,
        Integer patienteleRetenue, Boolean zoneFragile, Integer rangArs, BigDecimal valeur, BigDecimal valeurParMilleEuros, String explication, List<Contrainte> contraintes, String doublonPresume, ChoixImpose impose) {

    /** A choice imposed by the ministry: {@code "retenu"} or {@code "exclu"}, and the reason it gave. */
    public record ChoixImpose(String choix, String motif) {
    }

    /** One constraint and what it did for (or would do with) this team, e.g. "l'ajouter : 1 place de trop (-1hard)". */
    public record Contrainte(String nom, String impact) {
    }
}
