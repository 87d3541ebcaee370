package fr.enmr.regles.rebase;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One element that a version and the active version both changed since their common base, differently: what a rebase
 * cannot carry over by itself. The three texts are the element as each side has it (null where it is absent).
 *
 * @param fichier the file
 * @param element where in it: the decision (and context entry) of a DMN element, the DRL rule, the case's name
 * @param ligne   the decision table's row, from 1, in the version's file, when the element is a row
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Conflit(String fichier, String element, Integer ligne, String base, String active, String version) {
}
