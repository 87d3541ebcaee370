package fr.enmr.web;

/** One choice of a select or checkbox group: the contract's code and its French label. */
public record Option(String valeur, String libelle) {
}
