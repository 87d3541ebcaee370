package fr.enmr.store;

import org.infinispan.protostream.annotations.Proto;

/**
 * The impact of a rule-set version over the stored population (POST /api/regles/versions/{id}/impact), as a job
 * every instance can read: its progress while it runs, its result once done. Its differences are stored apart under
 * {@code <id>/differences} (same record, only {@code differencesJson} set) so that polling reads only the summary.
 * Field order is the ProtoStream field numbering: append new fields at the end, never reorder.
 *
 * @param id              the job's id (the cache key)
 * @param version         the version measured
 * @param versionActive   the active version it is compared with
 * @param campagne        the campaign filter, or null
 * @param region          the region filter, or null
 * @param etat            EN_COURS, TERMINE or ECHEC
 * @param instance        the service instance running it
 * @param creeLe          when it was asked, epoch milliseconds
 * @param vuLe            when the running instance last wrote its progress, epoch milliseconds (a sign of life)
 * @param lues            stored decisions read so far
 * @param total           stored decisions of the population when it started
 * @param resultatJson    the result without its differences, once done
 * @param differencesJson the differences, in the {@code <id>/differences} record only
 * @param erreur          why it failed (ECHEC)
 */
@Proto
public record StoredImpact(
        String id,
        String version,
        String versionActive,
        String campagne,
        String region,
        String etat,
        String instance,
        long creeLe,
        long vuLe,
        long lues,
        long total,
        String resultatJson,
        String differencesJson,
        String erreur) {
}
