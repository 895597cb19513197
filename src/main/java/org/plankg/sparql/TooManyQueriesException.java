package org.plankg.sparql;

/** Every slot for researchers' queries is taken and the line is full: answered 429 with Retry-After. */
public class TooManyQueriesException extends RuntimeException {

    TooManyQueriesException(int running, int waiting) {
        super(running + " queries are running and " + waiting + " are waiting; try again in a few seconds");
    }
}
