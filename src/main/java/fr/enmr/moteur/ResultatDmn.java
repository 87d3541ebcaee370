package fr.enmr.moteur;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The shape of the DMN decision "Décision" (type tDecision of dmn/enmr.dmn). */
record ResultatDmn(int annee, boolean eligible, List<Critere> criteres, Module1 module1, Module2 module2, BigDecimal total) {

    /**
     * The decision's value read directly (numbers as KIE gives them: BigDecimal), as Jackson's conversion would read
     * it (null booleans false); empty when the value has another shape, which the caller then converts with Jackson.
     */
    static ResultatDmn lire(Object decision) {
        try {
            Map<?, ?> d = (Map<?, ?>) decision;
            Map<?, ?> m1 = (Map<?, ?>) d.get("module1");
            Map<?, ?> m2 = (Map<?, ?>) d.get("module2");
            List<Module2.Programme> programmes = new ArrayList<>();
            for (Object p : (List<?>) m2.get("programmes")) {
                Map<?, ?> programme = (Map<?, ?>) p;
                programmes.add(new Module2.Programme((String) programme.get("identifiant"), vrai(programme.get("eligible")),
                        criteres(programme.get("criteres")), (BigDecimal) programme.get("montant")));
            }
            return new ResultatDmn(((BigDecimal) d.get("annee")).intValueExact(), vrai(d.get("eligible")), criteres(d.get("criteres")),
                    new Module1((BigDecimal) m1.get("patienteleRetenue"), (BigDecimal) m1.get("partA"), (BigDecimal) m1.get("etp"),
                            (BigDecimal) m1.get("partB"), (BigDecimal) m1.get("tauxAtteinte"), (BigDecimal) m1.get("montant")),
                    new Module2(programmes, (BigDecimal) m2.get("montant")), (BigDecimal) d.get("total"));
        } catch (ClassCastException | NullPointerException | ArithmeticException autreForme) {
            return null;
        }
    }

    private static List<Critere> criteres(Object liste) {
        List<Critere> criteres = new ArrayList<>();
        for (Object c : (List<?>) liste) {
            Map<?, ?> critere = (Map<?, ?>) c;
            criteres.add(new Critere((String) critere.get("code"), vrai(critere.get("satisfait")), (String) critere.get("explication")));
        }
        return criteres;
    }

    private static boolean vrai(Object valeur) {
        return (Boolean) valeur != null && (Boolean) valeur;
    }
}
