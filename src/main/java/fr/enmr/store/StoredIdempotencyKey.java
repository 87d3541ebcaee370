package fr.enmr.store;

import org.infinispan.protostream.annotations.Proto;

/**
 * An {@code Idempotency-Key} received with a submission, kept for its lifespan (24 h): the id reserved
 * for what the submission creates, before it is created, so that every retry with the key creates
 * or finds that same id and nothing else. The same record under "suppression\n&lt;id&gt;", without a fingerprint,
 * notes that what was created under that id has been deleted since (ClesIdempotence). Field order is the ProtoStream
 * field numbering: append new fields at the end, never reorder.
 *
 * @param cle         what was submitted where, by whom, with which key (the cache key)
 * @param empreinte   SHA-256 of the request, so that the key reused for another request is refused
 * @param identifiant the id of the decision or scenario the submission creates
 * @param horodatage  when the key was first received, in epoch milliseconds
 */
@Proto
public record StoredIdempotencyKey(String cle, String empreinte, String identifiant, long horodatage) {
}
