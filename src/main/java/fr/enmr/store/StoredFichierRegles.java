package fr.enmr.store;

import org.infinispan.protostream.annotations.Proto;

/**
 * One file of a stored rule-set version. Field order is the ProtoStream field numbering: append, never reorder.
 *
 * @param nom     its name ({@code enmr.dmn}, {@code constats.drl}, {@code bases/msp-bretagne-2014.json})
 * @param type    DMN, DRL or CAS
 * @param contenu its text, exactly as given
 */
@Proto
public record StoredFichierRegles(String nom, String type, String contenu) {
}
