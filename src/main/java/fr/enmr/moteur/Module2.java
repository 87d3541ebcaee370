package fr.enmr.moteur;

import java.math.BigDecimal;
import java.util.List;

/** Module 2 "éducation thérapeutique du patient": each programme judged on its own, then summed (domain rules §4). */
public record Module2(List<Programme> programmes, BigDecimal montant) {

    public record Programme(String identifiant, boolean eligible, List<Critere> criteres, BigDecimal montant) {
    }

    Module2 enEuros() {
        return new Module2(programmes.stream()
                .map(p -> new Programme(p.identifiant(), p.eligible(), p.criteres(), Euros.of(p.montant())))
                .toList(), Euros.of(montant));
    }
}
