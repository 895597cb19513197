package org.plankg.plan;

/**
 * Something the reader noticed and could not settle: a unit name the vocabulary does not know, a
 * line that reads like a responsibility statement but gave none, a value taken from the web page
 * instead of the text. {@code position} is where in the file (a text file's line; see
 * {@link PlanFile#locate}), 0 for the file as a whole.
 */
public record Warning(int position, String message) {

    public static Warning ofFile(String message) {
        return new Warning(0, message);
    }
}
