package org.plankg.sparql;

/** Every slot for researchers' queries is taken and as many wait: answered 429 with Retry-After. */
public class TooManyQueriesException extends RuntimeException {

    TooManyQueriesException(int slots) {
        super(slots + " queries are running and as many are waiting; try again in a few seconds");
    }
}
