package fr.enmr.allocation.domain;

/**
 * The national limits of a scenario (domain rules §6).
 *
 * @param places            how many teams may be retained at most
 * @param enveloppeCentimes the national envelope, in cents
 */
public record Limites(int places, long enveloppeCentimes) {
}
