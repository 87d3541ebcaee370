package fr.enmr.pilotage;

import java.util.ArrayList;
import java.util.List;

import fr.enmr.dossier.Campagne;
import fr.enmr.dossier.Region;
import fr.enmr.problem.FiltresEtPagination;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;

/**
 * The query parameters of GET /api/pilotage, checked like a body: every bad one is named. {@code campagne} defaults
 * to ENMR_2014 and {@code annee} to the campaign's default year, as for a decision (domain rules §1);
 * {@code region} absent means every region the user may see.
 */
public record ParametresPilotage(Campagne campagne, int annee, Region region) {

    public static ParametresPilotage lire(String campagne, String annee, String region) {
        List<Violation> violations = new ArrayList<>();
        Campagne laCampagne = FiltresEtPagination.enumeration(campagne, "campagne", Campagne.class, violations);
        Region laRegion = FiltresEtPagination.enumeration(region, "region", Region.class, violations);
        Campagne retenue = laCampagne == null ? Campagne.ENMR_2014 : laCampagne;
        int lAnnee = FiltresEtPagination.entier(annee, "annee", anneeParDefaut(retenue), 1900, 2100, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return new ParametresPilotage(retenue, lAnnee, laRegion);
    }

    /** The year a decision is made for when its dossier gives none (decision-api.md, « annee »). */
    static int anneeParDefaut(Campagne campagne) {
        return switch (campagne) {
            case ENMR_2010 -> 2010;
            case ENMR_2014 -> 2014;
        };
    }

    ParametresPilotage dansLaRegion(String laRegion) {
        return new ParametresPilotage(campagne, annee, Region.valueOf(laRegion));
    }
}
