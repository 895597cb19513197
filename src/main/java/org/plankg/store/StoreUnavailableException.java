package org.plankg.store;

/** The SPARQL store did not answer; requests get 503 and the service retries by itself. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String endpoint, Throwable cause) {
        super("the SPARQL store at " + endpoint + " is not reachable: " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
