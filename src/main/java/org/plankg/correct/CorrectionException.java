package org.plankg.correct;

import java.util.List;

/** A corrections file that cannot be applied, with every problem as {@code file:line: what is wrong}. */
public class CorrectionException extends Exception {

    private final List<String> problems;

    public CorrectionException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
