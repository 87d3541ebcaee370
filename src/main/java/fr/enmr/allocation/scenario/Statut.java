package fr.enmr.allocation.scenario;

/** Where a scenario stands (scenario-api.md). */
public enum Statut {
    /** The solver is searching; the result shown is the best so far. */
    EN_COURS,
    /** The solver stopped by itself (time limit or no more improvement). */
    TERMINE,
    /** Stopped early (DELETE, or the service stopped while solving); the best result found is kept. */
    ARRETE,
    /** The solver failed; see the reason given. */
    ECHEC
}
