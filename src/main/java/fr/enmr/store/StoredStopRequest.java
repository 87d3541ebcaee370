package fr.enmr.store;

import org.infinispan.api.annotations.indexing.Basic;
import org.infinispan.api.annotations.indexing.Indexed;
import org.infinispan.protostream.annotations.Proto;

/**
 * A request to stop a scenario that another service instance is solving: the instance that
 * received the DELETE writes it, the solving instance reads it at its next periodic write.
 * Field order is the ProtoStream field numbering: append new fields at the end, never reorder.
 *
 * @param id          the scenario's id (the cache key)
 * @param demandeeLe  when it was asked, in epoch milliseconds
 * @param demandeePar the instance that received the request
 */
@Proto
@Indexed
public record StoredStopRequest(@Basic String id, long demandeeLe, String demandeePar) {
}
