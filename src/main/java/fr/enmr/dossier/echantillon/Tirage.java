package fr.enmr.dossier.echantillon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded random draws with the vocabulary the generators need; one instance per generated sample. */
final class Tirage {

    // java.util.Random: its sequence for a seed is specified, so a sample is reproducible on any JVM
    private final Random aleatoire;

    Tirage(long graine) {
        this.aleatoire = new Random(graine);
    }

    /** An integer between min and max, both included. */
    int entre(int min, int max) {
        return min + aleatoire.nextInt(max - min + 1);
    }

    double entre(double min, double max) {
        return min + aleatoire.nextDouble() * (max - min);
    }

    boolean chance(double probabilite) {
        return aleatoire.nextDouble() < probabilite;
    }

    <T> T unParmi(List<T> valeurs) {
        return valeurs.get(aleatoire.nextInt(valeurs.size()));
    }

    /** Up to n distinct values, in a random order. */
    <T> List<T> plusieursParmi(List<T> valeurs, int n) {
        List<T> melange = new ArrayList<>(valeurs);
        Collections.shuffle(melange, aleatoire);
        return List.copyOf(melange.subList(0, Math.min(n, melange.size())));
    }

    LocalDate jourDe(int annee) {
        LocalDate premierJanvier = LocalDate.of(annee, 1, 1);
        return premierJanvier.plusDays(aleatoire.nextInt(premierJanvier.lengthOfYear()));
    }

    /** Used by {@link Loterie}: a number in [0, borne). */
    double fraction(double borne) {
        return aleatoire.nextDouble() * borne;
    }
}
