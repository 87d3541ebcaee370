package fr.enmr.decision;

import java.math.BigDecimal;
import java.util.List;

import fr.enmr.decision.constats.Constat;

/**
 * What the rules say about one dossier: the DMN decision with its amounts in euros and the plausibility
 * findings. The service then gives it an id, a time and the rule version, and stores it.
 */
public record Verdict(int annee, boolean eligible, List<Critere> criteres, Module1 module1, Module2 module2,
        BigDecimal total, List<Constat> constats) {
}
