package org.plankg.question;

/**
 * A feature's answers that a view of the page opens with (its defaults, before the visitor
 * chooses anything), asked by {@link Warming} after each write so that they are kept before the
 * first visitor asks.
 */
public interface PageOpening {

    /** Asks each of them, which keeps them in the feature's cache. */
    void open();
}
