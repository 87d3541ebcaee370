package fr.enmr.moteur;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of compiling a rule-set version: its engine when it has no error, else the errors; warnings either way.
 */
public record Compilation(MoteurCompile moteur, List<ErreurRegles> erreurs, List<ErreurRegles> avertissements) {

    public Compilation {
        erreurs = List.copyOf(erreurs);
        avertissements = List.copyOf(avertissements);
    }

    public boolean reussie() {
        return moteur != null && erreurs.isEmpty();
    }

    public Optional<MoteurCompile> moteurSiReussie() {
        return reussie() ? Optional.of(moteur) : Optional.empty();
    }
}
