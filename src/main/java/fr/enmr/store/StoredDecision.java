package fr.enmr.store;

import org.infinispan.api.annotations.indexing.Basic;
import org.infinispan.api.annotations.indexing.Indexed;
import org.infinispan.protostream.annotations.Proto;

/**
 * A decision as stored: the few fields that queries filter and sort on, plus the answer and the
 * request as JSON text, kept exactly as exchanged so GET returns what POST answered.
 * Field order is the ProtoStream field numbering: append new fields at the end, never reorder.
 *
 * @param id            the decision's id (the cache key)
 * @param reference     the ARS's file number
 * @param campagne      the rule set's campaign, e.g. {@code ENMR_2014}
 * @param annee         the year the decision is made for
 * @param region        the structure's region, e.g. {@code BRETAGNE}
 * @param eligible      whether the team is eligible
 * @param horodatage    when the decision was made, in epoch milliseconds (a plain long sorts and
 *                      compares the same way in embedded and remote queries)
 * @param versionRegles the version of the rule set the decision was made under
 * @param auteur        the user who asked for the decision
 * @param decisionJson  the answer, exactly as sent
 * @param dossierJson   the request the decision was made from
 * @param auteurRegion  the region of the ARS agent who asked for it, if an ARS agent did
 * @param version       the id of the rule-set version that made it (fr.enmr.regles); null for decisions stored before
 *                      versions existed, which resolve through their fingerprint ({@code versionRegles}) instead
 * @param nomStructureNormalise the structure's name as people compare names (fr.enmr.dossier.NomsDeStructure), searched by
 *                      a part of it; null for decisions stored before it was kept, and for a dossier without a name
 */
@Proto
@Indexed
public record StoredDecision(
        @Basic(sortable = true) String id,
        @Basic(sortable = true) String reference,
        @Basic(sortable = true) String campagne,
        int annee,
        @Basic(sortable = true) String region,
        @Basic(sortable = true) boolean eligible,
        @Basic(sortable = true) long horodatage,
        String versionRegles,
        String auteur,
        String decisionJson,
        String dossierJson,
        String auteurRegion,
        String version,
        @Basic String nomStructureNormalise) {

    // declared first: ProtoStream builds a record with its first declared constructor, which must take every field
    public StoredDecision {
    }

    /** A decision without a searchable structure name, as stored before the name was kept (ProtoStream field 14 absent). */
    public StoredDecision(String id, String reference, String campagne, int annee, String region, boolean eligible, long horodatage,
            String versionRegles, String auteur, String decisionJson, String dossierJson, String auteurRegion, String version) {
        this(id, reference, campagne, annee, region, eligible, horodatage, versionRegles, auteur, decisionJson, dossierJson,
                auteurRegion, version, null);
    }
}
