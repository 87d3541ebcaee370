package fr.enmr.allocation.scenario;

/**
 * A scenario still being solved cannot be renamed or deleted: the instance solving it writes it every few seconds
 * and would undo the change. Answered 409; nothing changed.
 */
public class ScenarioEnCoursException extends RuntimeException {

    public ScenarioEnCoursException(String id, String action) {
        super("Le scénario « " + id + " » est en cours de résolution : il ne peut pas être " + action
                + ". Arrêtez-le (ou attendez la fin du calcul), puis recommencez. Rien n'a changé.");
    }
}
