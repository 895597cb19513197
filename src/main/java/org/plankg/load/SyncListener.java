package org.plankg.load;

/** Told of each plan graph written, and after a sync that changed the store (and the first at start-up). */
public interface SyncListener {

    /**
     * {@code first}: the sync before the web server opens, whose listeners run before any request;
     * later ones are told on the sync's thread and should hand long work to their own.
     */
    default void synced(PlanSync.Report report, boolean first) {
    }

    /** A plan's graph was just written (committed); {@code written} holds it and its corrections graph, in memory. */
    default void written(String graph, org.apache.jena.query.Dataset written) {
    }
}
