package fr.enmr.impact;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;


/**
 * An impact job as polled (GET /api/regles/impact/travaux/{id}): where it stands and, once {@code TERMINE}, what the
 * version changes compared with the active one over the population asked (one decision per reference: its latest).
 *
 * @param etat         EN_COURS, TERMINE, ECHEC, or INTERROMPU when the instance running it stopped giving signs of life
 * @param avancement   stored decisions read so far, of how many
 * @param examinees    references decided again (the latest stored decision of each)
 * @param inchangees   those the version decides exactly as the active one
 * @param differences  the others, one page of them ({@code page}, {@code taille}; {@code totalDifferences} in all)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultatImpact(String id, String etat, String version, String versionActive, String campagne, String region,
        Avancement avancement, Long secondes, Integer examinees, Integer inchangees, Impact.Bilan bilan, List<Region> parRegion,
        Integer page, Integer taille, Integer totalDifferences, List<Impact.Difference> differences, String erreur) {

    public record Avancement(long lues, long total) {
    }

    /** @param modifiees decisions of the region the version changes */
    public record Region(String region, int examinees, int modifiees, BigDecimal ecartTotal) {
    }

    /** What is stored once the job is done, besides its differences. */
    public record Synthese(long secondes, int examinees, int inchangees, Impact.Bilan bilan, List<Region> parRegion, int totalDifferences) {
    }
}
