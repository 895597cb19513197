package org.plankg.store;

/**
 * The external store answers but has lost what the service put in it (an in-memory Fuseki that was
 * restarted): requests get 503 until the plans are loaded again, never an empty success.
 */
public class StoreRefillingException extends RuntimeException {

    public StoreRefillingException(String endpoint) {
        super("the SPARQL store at " + endpoint + " came back empty; the plans are being loaded again");
    }
}
