package org.plankg.store;

/** A researcher's query that parsed but failed as it ran, for a reason in the query itself. */
public class QueryFailedException extends RuntimeException {

    public QueryFailedException(RuntimeException cause) {
        super("the query failed as it ran: " + describe(cause), cause);
    }

    private static String describe(Throwable t) {
        StringBuilder message = new StringBuilder(t.getClass().getSimpleName());
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null) message.append(": ").append(c.getMessage());
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message.toString();
    }
}
