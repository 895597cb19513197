package org.plankg.store;

/** A researcher's query whose answer has more rows (or triples) than one answer may hold. */
public class AnswerTooLargeException extends RuntimeException {

    public AnswerTooLargeException(long maxRows) {
        super("the answer has more than " + maxRows + " rows or triples; narrow the query (LIMIT, FILTER, one GRAPH)"
                + " or take the dumps under /dumps");
    }
}
