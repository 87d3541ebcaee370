package fr.enmr.store;

import org.infinispan.api.annotations.indexing.Basic;
import org.infinispan.api.annotations.indexing.Indexed;
import org.infinispan.protostream.annotations.Proto;

/**
 * One line of the rule-set versions' journal: who did what to which version, when. Field order is the ProtoStream
 * field numbering: append new fields at the end, never reorder.
 *
 * @param id         a ULID (the cache key), in time order
 * @param horodatage epoch milliseconds
 * @param action     CREEE, MODIFIEE, SOUMISE, APPROUVEE, APPROBATION_REFUSEE, REJETEE, REACTIVEE, IMPORTEE, DEPLOYEE, REBASEE
 * @param version    the version's id
 * @param auteur     who did it
 * @param motif      the reason given, if any
 */
@Proto
@Indexed
public record StoredEvenementRegles(
        @Basic(sortable = true) String id,
        @Basic(sortable = true) long horodatage,
        @Basic String action,
        @Basic String version,
        String auteur,
        String motif) {
}
