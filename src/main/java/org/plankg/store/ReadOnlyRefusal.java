package org.plankg.store;

/** An update sent to a read-only endpoint; answered with 403 and nothing changed. */
public class ReadOnlyRefusal extends RuntimeException {

    public ReadOnlyRefusal() {
        super("this SPARQL endpoint is read-only: updates are refused");
    }
}
