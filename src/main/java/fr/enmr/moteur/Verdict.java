package fr.enmr.moteur;

import java.math.BigDecimal;
import java.util.List;

import fr.enmr.moteur.constats.Constat;
import fr.enmr.moteur.compile.LigneDeTable;

/**
 * What the rules say about one dossier: the DMN decision with its amounts in euros and the plausibility
 * findings, and the row each decision table selected to say it. The service then gives it an id, a time and the
 * rule version, and stores it.
 */
public record Verdict(int annee, boolean eligible, List<Critere> criteres, Module1 module1, Module2 module2,
        BigDecimal total, List<Constat> constats, List<LigneDeTable> lignesRetenues) {

    /** The same judgement without the rows that made it: to compare what two engines say, not how. */
    public Verdict sansLignesRetenues() {
        return new Verdict(annee, eligible, criteres, module1, module2, total, constats, List.of());
    }
}
