package fr.enmr.dossier;

import fr.enmr.problem.Identifiants;

/** French messages and shared limits of the contract's validation (decision-api.md). */
final class Messages {
    static final String OBLIGATOIRE = "champ obligatoire";
    static final String ELEMENT_NUL = "élément vide interdit dans la liste";
    static final String CODE_REGEX = Identifiants.REGEX;
    static final String CODE = Identifiants.MESSAGE;
    static final int LISTE_MAX = 200;
    static final String LISTE = "au plus 200 éléments";
    static final String POSITIF = "doit être un entier supérieur ou égal à 0";
    static final String DECIMAL_POSITIF = "doit être supérieur ou égal à 0";
    static final String TEXTE = "au plus {max} caractères";
    static final String TROP_GRAND = "doit être inférieur ou égal à {value}";
    static final String ANNEE = "doit être une année entre 1900 et 2100";

    private Messages() {
    }
}
