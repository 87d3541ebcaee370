package fr.enmr.store;

import org.infinispan.api.annotations.indexing.Basic;
import org.infinispan.api.annotations.indexing.Indexed;
import org.infinispan.protostream.annotations.Proto;

/**
 * An allocation scenario as stored: the fields queries filter and sort on, plus the scenario
 * (parameters and candidates) and its progress as JSON text, written by the allocation package.
 * Field order is the ProtoStream field numbering: append new fields at the end, never reorder.
 *
 * @param id              the scenario's id (the cache key)
 * @param nom             the name the ministry gave it
 * @param statut          EN_COURS, TERMINE, ARRETE or ECHEC
 * @param creeLe          when it was created, in epoch milliseconds
 * @param instance        the service instance that solves it (a restarted instance stops its own)
 * @param scenarioJson    what it asks: parameters and candidates
 * @param avancementJson  how far it got: status, score, history, retained candidates
 * @param meilleurScore   the best score stored so far (null before the first), for the list of scenarios (not "score": a function of Ickle)
 * @param nombreCandidats how many candidates it has (0 in scenarios stored before this field existed)
 */
@Proto
@Indexed
public record StoredScenario(
        @Basic(sortable = true) String id,
        String nom,
        @Basic(sortable = true) String statut,
        @Basic(sortable = true) long creeLe,
        @Basic(sortable = true) String instance,
        String scenarioJson,
        String avancementJson,
        String meilleurScore,
        int nombreCandidats) {
}
