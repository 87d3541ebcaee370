package fr.enmr.decision;

import java.math.BigDecimal;
import java.util.List;

/** The shape of the DMN decision "Décision" (type tDecision of dmn/enmr.dmn). */
record ResultatDmn(int annee, boolean eligible, List<Critere> criteres, Module1 module1, Module2 module2, BigDecimal total) {
}
