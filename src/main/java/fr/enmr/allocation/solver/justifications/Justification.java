package fr.enmr.allocation.solver.justifications;

/** Every justification reads as one French sentence for the ministry. */
public interface Justification {

    String description();
}
