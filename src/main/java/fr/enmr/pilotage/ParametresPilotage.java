package fr.enmr.pilotage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.enmr.problem.FiltresEtPagination;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;

/**
 * The query parameters of GET /api/pilotage, checked like a body: every bad one is named. {@code campagne} defaults
 * to ENMR_2014 and {@code annee} to the campaign's default year, as for a decision (domain rules §1);
 * {@code region} absent means every region the user may see.
 */
public record ParametresPilotage(String campagne, int annee, String region) {

    /** The campaign of the 2014 extension, the dashboards' subject when none is asked. */
    public static final String CAMPAGNE_PAR_DEFAUT = "ENMR_2014";

    /**
     * @param anneeParDefaut a campaign's default year by the rules in force (« Règles de la campagne »), null for a
     *                       campaign they no longer have: its year must then be given
     */
    public static ParametresPilotage lire(String campagne, String annee, String region, Function<String, Integer> anneeParDefaut) {
        List<Violation> violations = new ArrayList<>();
        String laCampagne = FiltresEtPagination.code(campagne, "campagne", violations);
        String laRegion = FiltresEtPagination.code(region, "region", violations);
        String retenue = laCampagne == null ? CAMPAGNE_PAR_DEFAUT : laCampagne;
        Integer parDefaut = anneeParDefaut.apply(retenue);
        if (annee == null && parDefaut == null) {
            violations.add(new Violation("annee", "obligatoire : les règles en vigueur ne donnent pas d'année par défaut à la campagne " + retenue));
        }
        int lAnnee = FiltresEtPagination.entier(annee, "annee", parDefaut == null ? 0 : parDefaut, 1900, 2100, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return new ParametresPilotage(retenue, lAnnee, laRegion);
    }

    ParametresPilotage dansLaRegion(String laRegion) {
        return new ParametresPilotage(campagne, annee, laRegion);
    }
}
