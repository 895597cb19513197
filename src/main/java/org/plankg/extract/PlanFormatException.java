package org.plankg.extract;

/** A document that cannot be read as a plan; the message is a one-line reason for the user. */
public class PlanFormatException extends Exception {

    public PlanFormatException(String reason) {
        super(reason);
    }
}
