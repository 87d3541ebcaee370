package fr.enmr.allocation.domain;


/**
 * What a scenario asks of one region: at least {@code minimum} retained teams (a wish, medium
 * level) and at most {@code maximum} (a rule, hard level; null when there is none).
 */
public record QuotaRegional(String region, int minimum, Integer maximum) {

    public boolean aUnMaximum() {
        return maximum != null;
    }
}
