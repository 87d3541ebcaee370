package fr.enmr.store;

import java.util.List;

import org.infinispan.api.annotations.indexing.Basic;
import org.infinispan.api.annotations.indexing.Indexed;
import org.infinispan.protostream.annotations.Proto;

/**
 * What the steering dashboards count of the latest decision of one reference for one campaign and year
 * (cache {@code syntheses}, key {@link #cle(String, int, String)}): one entry per reference and year, replaced
 * by each newer decision, so that a reference decided twice is counted once. Amounts in cents, so that the
 * store's sums are exact. Field order is the ProtoStream field numbering: append new fields at the end, never reorder.
 *
 * @param cle                   campagne/annee/reference, the cache key
 * @param reference             the ARS's file number
 * @param campagne              the campaign, e.g. {@code ENMR_2014}
 * @param annee                 the year decided for
 * @param region                the structure's region
 * @param eligible              whether the team is eligible
 * @param horodatage            when the decision was made (epoch ms): a summary is replaced by a newer decision only
 * @param decisionId            the decision summarised
 * @param eligibles             1 if eligible, else 0 (summed by the store)
 * @param partA                 Module 1 part A, in cents (0 when not eligible)
 * @param partB                 Module 1 part B, in cents
 * @param montantModule1        Module 1, in cents
 * @param programmes            Module 2: programmes funded
 * @param patients              Module 2: patients of the funded programmes (patientsProgrammeComplet)
 * @param montantModule2        Module 2, in cents
 * @param total                 the decision's total, in cents
 * @param tauxAtteinte          the achievement rate of an eligible site; null when not eligible (left out of averages)
 * @param trancheTaux           the tenth the rate lies in, 0–9 (1.0 in 9); -1 when not eligible
 * @param criteresNonSatisfaits codes of the site criteria that failed
 * @param constats              codes of the findings raised (each once)
 * @param nomStructureNormalise the structure's name as people compare names (as in StoredDecision); null in summaries
 *                              written before it was kept
 */
@Proto
@Indexed
public record StoredSummary(
        @Basic String cle,
        @Basic String reference,
        @Basic(aggregable = true, projectable = true) String campagne,
        @Basic(aggregable = true, projectable = true) int annee,
        @Basic(aggregable = true, projectable = true) String region,
        @Basic(aggregable = true) boolean eligible,
        @Basic(sortable = true) long horodatage,
        String decisionId,
        @Basic(projectable = true) int eligibles,
        @Basic(projectable = true) long partA,
        @Basic(projectable = true) long partB,
        @Basic(projectable = true) long montantModule1,
        @Basic(projectable = true) int programmes,
        @Basic(projectable = true) long patients,
        @Basic(projectable = true) long montantModule2,
        @Basic(projectable = true) long total,
        @Basic(projectable = true) Double tauxAtteinte,
        @Basic(aggregable = true, projectable = true) int trancheTaux,
        @Basic(aggregable = true) List<String> criteresNonSatisfaits,
        @Basic(aggregable = true) List<String> constats,
        @Basic String nomStructureNormalise) {

    // declared first: ProtoStream builds a record with its first declared constructor, which must take every field
    public StoredSummary {
    }

    /** A summary without a searchable structure name, as written before the name was kept (ProtoStream field 21 absent). */
    public StoredSummary(String cle, String reference, String campagne, int annee, String region, boolean eligible, long horodatage,
            String decisionId, int eligibles, long partA, long partB, long montantModule1, int programmes, long patients,
            long montantModule2, long total, Double tauxAtteinte, int trancheTaux, List<String> criteresNonSatisfaits,
            List<String> constats) {
        this(cle, reference, campagne, annee, region, eligible, horodatage, decisionId, eligibles, partA, partB, montantModule1,
                programmes, patients, montantModule2, total, tauxAtteinte, trancheTaux, criteresNonSatisfaits, constats, null);
    }

    public static String cle(String campagne, int annee, String reference) {
        return campagne + "/" + annee + "/" + reference;
    }
}
