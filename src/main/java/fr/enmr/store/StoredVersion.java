package fr.enmr.store;

import java.util.List;

import org.infinispan.api.annotations.indexing.Basic;
import org.infinispan.api.annotations.indexing.Indexed;
import org.infinispan.protostream.annotations.Proto;

/**
 * A rule-set version as stored (rules-api.md). Its {@code etat} as written is reconciled with the active pointer
 * ({@link StoredActive}) on read: the pointer alone says which version is active. Times are epoch milliseconds,
 * 0 when not (yet) set. Field order is the ProtoStream field numbering: append new fields at the end, never reorder.
 *
 * @param id          the version's ULID (the cache key)
 * @param empreinte   hex SHA-256 of its DMN and DRL files, as regles-version.properties
 * @param etat        BROUILLON, SOUMISE, PUBLIEE, REJETEE or REMPLACEE, as last written
 * @param base        the version it was drafted from; null for an imported one
 * @param auteur      who drafted it ("déploiement" for a packaged import)
 * @param creeLe      when it was drafted
 * @param motif       why (free text)
 * @param soumisLe    when it was submitted
 * @param approbateur who approved or rejected it
 * @param publieLe    when it was first published
 * @param rejet       the reason given for a rejection
 * @param campagnes   the campaigns its DMN covers, comma-separated
 * @param fichiers    its files
 * @param origine     ANALYSTE, or DEPLOIEMENT for packaged files imported at start-up
 */
@Proto
@Indexed
public record StoredVersion(
        @Basic(sortable = true) String id,
        @Basic String empreinte,
        @Basic String etat,
        String base,
        String auteur,
        @Basic(sortable = true) long creeLe,
        String motif,
        long soumisLe,
        String approbateur,
        long publieLe,
        String rejet,
        String campagnes,
        List<StoredFichierRegles> fichiers,
        @Basic String origine) {
}
