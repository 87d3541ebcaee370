package fr.enmr.store;

import org.infinispan.api.annotations.indexing.Basic;
import org.infinispan.api.annotations.indexing.Indexed;
import org.infinispan.protostream.annotations.Proto;

/**
 * The steering figures of one campaign, year and region (cache {@code agregats-pilotage}), computed by the store's
 * aggregation queries over the {@link StoredSummary summaries} of that region and year and recomputed whenever one
 * of them changes ({@link Syntheses}). Amounts in cents. Field order is the ProtoStream field numbering: append new
 * fields at the end, never reorder.
 *
 * @param cle             campagne/annee/region, the cache key
 * @param campagne        the campaign
 * @param annee           the year
 * @param region          the region
 * @param sites           references with a decision (their latest one counted)
 * @param eligibles       of which eligible
 * @param partA           Module 1 part A, cents
 * @param partB           Module 1 part B, cents
 * @param montantModule1  Module 1, cents
 * @param programmes      Module 2 programmes funded
 * @param patients        patients of the funded programmes
 * @param montantModule2  Module 2, cents
 * @param total           total forfaits, cents
 * @param sommeTaux       sum of the achievement rates of the eligible sites
 * @param comptesJson     counts by code: {"criteresNonSatisfaits":{code:n}, "constats":{code:n}, "tranchesTaux":{tranche:n}}
 * @param calculeLe       when it was computed (epoch ms)
 */
@Proto
@Indexed
public record StoredAggregate(
        @Basic String cle,
        @Basic String campagne,
        @Basic int annee,
        @Basic String region,
        long sites,
        long eligibles,
        long partA,
        long partB,
        long montantModule1,
        long programmes,
        long patients,
        long montantModule2,
        long total,
        double sommeTaux,
        String comptesJson,
        long calculeLe) {

    public static String cle(String campagne, int annee, String region) {
        return campagne + "/" + annee + "/" + region;
    }
}
