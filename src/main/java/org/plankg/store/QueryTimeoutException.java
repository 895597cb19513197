package org.plankg.store;

import java.time.Duration;

/** A researcher's query that the store stopped, at the time limit or because it failed there. */
public class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException(Duration limit) {
        super("the query was stopped by the store: it ran past the limit of " + limit.toSeconds()
                + " s, or failed there");
    }
}
