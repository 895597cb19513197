package org.plankg.query;

import java.util.List;

/** A unit, item, plan or question that the graph does not know; answered with 404 and suggestions. */
public class UnknownNameException extends RuntimeException {

    private final List<String> suggestions;

    public UnknownNameException(String message, List<String> suggestions) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
