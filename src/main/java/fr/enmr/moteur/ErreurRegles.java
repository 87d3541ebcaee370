package fr.enmr.moteur;

/**
 * What KIE found wrong (or worth a warning) in one file of a rule-set version, as analysts read it.
 *
 * @param fichier the file's name ({@code enmr.dmn}, {@code constats.drl})
 * @param element the decision, table or DRL rule it is about, when known
 * @param ligne   the decision table's row (from 1) or the DRL line, when known
 * @param message the cause in French
 * @param moteur  KIE's own text, without Java class names
 */
public record ErreurRegles(String fichier, String element, Integer ligne, String message, String moteur) {
}
