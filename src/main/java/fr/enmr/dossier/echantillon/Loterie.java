package fr.enmr.dossier.echantillon;

import java.util.ArrayList;
import java.util.List;

/** An immutable weighted choice: {@code Loterie.de(a, 3).et(b, 1)} draws a three times out of four. */
final class Loterie<T> {

    private final List<T> valeurs;
    private final List<Double> poids;
    private final double total;

    private Loterie(List<T> valeurs, List<Double> poids) {
        this.valeurs = valeurs;
        this.poids = poids;
        this.total = poids.stream().mapToDouble(Double::doubleValue).sum();
    }

    static <T> Loterie<T> de(T valeur, double poids) {
        return new Loterie<T>(List.of(), List.of()).et(valeur, poids);
    }

    Loterie<T> et(T valeur, double poidsValeur) {
        if (poidsValeur <= 0) {
            throw new IllegalArgumentException("poids non positif pour " + valeur);
        }
        List<T> nouvellesValeurs = new ArrayList<>(valeurs);
        List<Double> nouveauxPoids = new ArrayList<>(poids);
        nouvellesValeurs.add(valeur);
        nouveauxPoids.add(poidsValeur);
        return new Loterie<>(List.copyOf(nouvellesValeurs), List.copyOf(nouveauxPoids));
    }

    T tirer(Tirage tirage) {
        double point = tirage.fraction(total);
        for (int i = 0; i < valeurs.size(); i++) {
            point -= poids.get(i);
            if (point < 0) {
                return valeurs.get(i);
            }
        }
        return valeurs.get(valeurs.size() - 1); // floating-point remainder
    }
}
