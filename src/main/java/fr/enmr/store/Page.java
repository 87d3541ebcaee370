package fr.enmr.store;

import java.util.List;

/** One page of a query's results, with the total number of matches. */
public record Page<T>(List<T> elements, long total) {
}
