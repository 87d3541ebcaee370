package fr.enmr.store;

import java.util.function.Supplier;

import org.infinispan.client.hotrod.exceptions.HotRodClientException;
import org.infinispan.commons.CacheException;

/**
 * What counts as "the store cannot answer": embedded failures are CacheExceptions, Hot Rod ones
 * (transport, timeouts, server errors) are HotRodClientExceptions, which are not.
 */
public final class StoreFailures {

    private StoreFailures() {
    }

    public static <T> T attempt(Supplier<T> operation, Supplier<String> what) {
        try {
            return operation.get();
        } catch (CacheException | HotRodClientException | IllegalStateException e) { // IllegalState: a stopped cache manager
            throw new StoreUnavailableException(what.get(), e);
        }
    }
}
