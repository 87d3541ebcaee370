package fr.enmr.store;

import org.infinispan.api.annotations.indexing.Basic;
import org.infinispan.api.annotations.indexing.Indexed;
import org.infinispan.protostream.annotations.Proto;

/**
 * A scenario adopted by the ministry for a campaign: either the campaign's pointer to the adoption in force (one key
 * per campaign, replaced by a compare-and-set) or one act of its history (one key per act, never rewritten once the
 * pointer moved on). Field order is the ProtoStream field numbering: append new fields at the end, never reorder.
 *
 * @param cle      the key: {@code courante\n<campagne>} for the pointer, the act's id for a history entry
 * @param nature   COURANTE (the pointer) or ACTE (a history entry)
 * @param acte     the adoption act's id (a ULID), the same in the pointer and in its history entry
 * @param scenario the adopted scenario's id
 * @param campagne the campaign it is adopted for
 * @param le       when it was adopted, epoch milliseconds
 * @param par      who adopted it (the ministry agent's login)
 * @param motif    why, in the ministry's words
 * @param remplace the scenario whose adoption it replaced, null for a campaign's first
 */
@Proto
@Indexed
public record StoredAdoption(
        @Basic String cle,
        @Basic String nature,
        String acte,
        @Basic String scenario,
        @Basic String campagne,
        @Basic(sortable = true) long le,
        String par,
        String motif,
        String remplace) {

    public static final String COURANTE = "COURANTE";
    public static final String ACTE = "ACTE";

    /** The key of a campaign's pointer. */
    public static String cleCourante(String campagne) {
        return "courante\n" + campagne;
    }

    /** The same adoption as a history entry, under its act's id. */
    public StoredAdoption commeActe() {
        return new StoredAdoption(acte, ACTE, acte, scenario, campagne, le, par, motif, remplace);
    }
}
