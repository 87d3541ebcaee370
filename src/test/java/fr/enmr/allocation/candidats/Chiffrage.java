package fr.enmr.allocation.candidats;

import java.math.BigDecimal;

/** What the decision rules say of a team that matters to an allocation: eligible, yearly cost, patientèle retenue. */
public record Chiffrage(boolean eligible, BigDecimal cout, int patienteleRetenue) {
}
