package fr.enmr.store;

import org.infinispan.protostream.annotations.Proto;

/**
 * The active rule-set version's pointer: one key, written in one put, the single source of truth for which version
 * decides new dossiers (a crash during a publication leaves either the old pointer or the new one). Field order is the
 * ProtoStream field numbering: append new fields at the end, never reorder.
 *
 * @param cle     the key ({@code regles})
 * @param version the active version's id
 * @param depuis  when it became active, epoch milliseconds
 * @param par     who made it active (the approver, the analyst who reactivated it, or "déploiement")
 * @param action  APPROBATION, REACTIVATION, IMPORT or DEPLOIEMENT
 */
@Proto
public record StoredActive(String cle, String version, long depuis, String par, String action) {
}
