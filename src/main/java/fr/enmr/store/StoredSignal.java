package fr.enmr.store;

import org.infinispan.protostream.annotations.Proto;

/**
 * A signal between service instances through the store, which they all see: "arret/&lt;scenario&gt;",
 * a stop asked through an instance that is not solving the scenario; "vie/&lt;instance&gt;", an instance
 * solving scenarios saying it is alive. Field order is the ProtoStream field numbering: append new
 * fields at the end, never reorder.
 *
 * @param cle        what it is about (the cache key)
 * @param horodatage when it was written, in epoch milliseconds
 * @param instance   the instance that wrote it
 */
@Proto
public record StoredSignal(String cle, long horodatage, String instance) {
}
