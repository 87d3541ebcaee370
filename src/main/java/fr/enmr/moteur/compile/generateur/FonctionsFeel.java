package fr.enmr.moteur.compile.generateur;

import java.util.List;
import java.util.Map;

/**
 * A FEEL function call as Java: a business knowledge model in scope is its method of the generated class, a built-in
 * function of {@link #FONCTIONS} its method of {@code fr.enmr.moteur.compile.Feel}; anything else is not translated.
 */
final class FonctionsFeel {

    /**
     * FEEL built-in function → its {@code Feel} method, and the numbers of arguments accepted. Every one is pure:
     * a decision that requires nothing is computed once (see {@link GenerateurJava}), which one reading the clock
     * (today(), now()) would break.
     */
    static final Map<String, Fonction> FONCTIONS = Map.ofEntries(
            Map.entry("not", new Fonction("non", 1, 1)),
            Map.entry("count", new Fonction("count", 1, 99)),
            Map.entry("sum", new Fonction("sum", 1, 99)),
            Map.entry("all", new Fonction("all", 1, 99)),
            Map.entry("any", new Fonction("any", 1, 99)),
            Map.entry("min", new Fonction("min", 1, 99)),
            Map.entry("max", new Fonction("max", 1, 99)),
            Map.entry("concatenate", new Fonction("concatenate", 1, 99)),
            Map.entry("list contains", new Fonction("listContains", 2, 2)),
            Map.entry("distinct values", new Fonction("distinctValues", 1, 1)),
            Map.entry("string join", new Fonction("stringJoin", 1, 2)),
            Map.entry("string", new Fonction("string", 1, 1)),
            Map.entry("date", new Fonction("date", 1, 3)),
            Map.entry("round half up", new Fonction("roundHalfUp", 2, 2)),
            Map.entry("get value", new Fonction("getValue", 2, 2)));

    /** The built-in functions whose result is a boolean or null (a filter's condition, not an index). */
    private static final List<String> BOOLEENNES = List.of("not", "list contains", "all", "any");

    record Fonction(String methode, int min, int max) {
    }

    private FonctionsFeel() {
    }

    /**
     * The call of function {@code nom} (normalised) on arguments already translated; {@code texte} is the FEEL call,
     * for the message of what is not translated.
     */
    static String appel(ClasseEnCours classe, String nom, List<String> arguments, Portee portee, String element, String texte)
            throws ConstructionNonPriseEnCharge {
        if (classe.estBkm(nom) && portee.connait(nom)) {
            if (classe.bkm(nom).getEncapsulatedLogic().getFormalParameter().size() != arguments.size()) {
                throw new ConstructionNonPriseEnCharge(element + " : « " + texte + " » n'a pas le nombre de paramètres de " + nom);
            }
            return classe.methodeBkm(nom) + "(" + String.join(", ", arguments) + ")";
        }
        Fonction fonction = FONCTIONS.get(nom);
        if (fonction == null || portee.connait(nom) || arguments.size() < fonction.min() || arguments.size() > fonction.max()
                || nom.equals("date") && arguments.size() == 2) {
            throw new ConstructionNonPriseEnCharge(element + " : fonction « " + nom + " » avec " + arguments.size() + " paramètre(s) non traduite");
        }
        return "Feel." + fonction.methode() + "(" + String.join(", ", arguments) + ")";
    }

    static boolean booleenne(String nom) {
        return BOOLEENNES.contains(nom);
    }
}
