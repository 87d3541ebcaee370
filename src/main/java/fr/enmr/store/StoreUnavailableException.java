package fr.enmr.store;

/** The store cannot be written or read right now; the web layer answers 503, never 500. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
