package fr.enmr.regles.rebase;

import java.util.List;

/** One file rebased: its text, or the elements both sides changed. */
record Fusion(String texte, List<Conflit> conflits) {

    static Fusion texte(String texte) {
        return new Fusion(texte, List.of());
    }

    static Fusion conflits(List<Conflit> conflits) {
        return new Fusion(null, conflits);
    }
}
