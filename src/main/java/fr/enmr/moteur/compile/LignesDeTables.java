package fr.enmr.moteur.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Records, while one dossier is evaluated on this thread, the row each decision table selects: the compiled model
 * notes it from its generated code, KIE's interpreter from its runtime events ({@code fr.enmr.moteur.dmn.ModeleEnmr}),
 * so a decision keeps which rows made it whichever engine decided.
 */
public final class LignesDeTables {

    /** This thread's list being filled, if any; the holder stays with the thread (no map churn per decision). */
    private static final ThreadLocal<EnCours> EN_COURS = ThreadLocal.withInitial(EnCours::new);

    private static final class EnCours {
        private List<LigneDeTable> lignes;
    }

    private LignesDeTables() {
    }

    /** A result computed with the rows its tables selected meanwhile, in the order they were evaluated. */
    public record Notees<T>(T resultat, List<LigneDeTable> lignes) {
    }

    /** Runs an evaluation and gives back what its tables selected; an evaluation inside another records into its own list. */
    public static <T> Notees<T> pendant(Supplier<T> evaluation) {
        EnCours enCours = EN_COURS.get();
        List<LigneDeTable> englobantes = enCours.lignes;
        List<LigneDeTable> lignes = new ArrayList<>(4);
        enCours.lignes = lignes;
        try {
            T resultat = evaluation.get();
            return new Notees<>(resultat, List.copyOf(lignes));
        } finally {
            enCours.lignes = englobantes;
        }
    }

    /** Called by a table when it has chosen: nothing is kept outside {@link #pendant}. */
    public static void noter(String element, String table, int ligne) {
        List<LigneDeTable> lignes = EN_COURS.get().lignes;
        if (lignes != null) {
            lignes.add(new LigneDeTable(element, table, ligne));
        }
    }
}
