package fr.enmr.allocation.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ministry's imposed choices (scenario-api.md, « The ministry's levers »): candidates forced in
 * ({@code retenus}) or out ({@code exclus}), each with the reason given. The solver pins them.
 */
public record Imposes(List<Choix> retenus, List<Choix> exclus) {

    public static final Imposes AUCUN = new Imposes(List.of(), List.of());

    /** One imposed candidate and why, in the ministry's words. */
    public record Choix(String reference, String motif) {

        /** How explanations and notifications name a team forced in: « imposé par le ministère (motif : « … ») ». */
        public String imposeParLeMinistere() {
            return "imposé par le ministère (motif : « " + motif + " »)";
        }

        /** How explanations and notifications name a team forced out: « exclu par le ministère (motif : « … ») ». */
        public String excluParLeMinistere() {
            return "exclu par le ministère (motif : « " + motif + " »)";
        }
    }

    /** With absent lists read as empty; call after validation. */
    public Imposes complets() {
        return new Imposes(retenus == null ? List.of() : List.copyOf(retenus), exclus == null ? List.of() : List.copyOf(exclus));
    }

    public boolean vide() {
        return (retenus == null || retenus.isEmpty()) && (exclus == null || exclus.isEmpty());
    }

    /** The choice imposed on this candidate: true forced in, false forced out, empty when none. */
    public Optional<Boolean> pour(String reference) {
        return choix(reference).map(this::retient);
    }

    /** Whether this imposed choice forces its candidate in (else it forces it out). */
    public boolean retient(Choix choix) {
        return retenus != null && retenus.contains(choix);
    }

    /** The choice forcing this candidate in, if the ministry imposed it. */
    public Optional<Choix> retenu(String reference) {
        return choix(reference).filter(this::retient);
    }

    /** The imposed choice naming this candidate, if any. */
    public Optional<Choix> choix(String reference) {
        return Stream.concat(retenus == null ? Stream.empty() : retenus.stream(), exclus == null ? Stream.empty() : exclus.stream())
                .filter(c -> c != null && reference.equals(c.reference())).findFirst();
    }
}
