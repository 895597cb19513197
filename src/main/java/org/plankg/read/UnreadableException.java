package org.plankg.read;

/** A file that cannot be read as a document; the message is a one-line reason for the user. */
public class UnreadableException extends Exception {

    public UnreadableException(String reason) {
        super(reason);
    }

    public UnreadableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
