package org.plankg.store;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Many graphs written in a few transactions: the embedded store commits every {@code perCommit}
 * graphs and when this is closed, because each TDB2 commit syncs its files and copies every index
 * block it touched (3,000 plans written 50 to a commit made a 3.1 GB store, 150 to a commit 2.2
 * GB). Each graph replaces its graph whole, and readers see what the last commit wrote. An
 * external store gets one request per graph. For one writing thread.
 */
public final class GraphWrites implements AutoCloseable {

    private final Store store;
    private final EmbeddedFuseki embedded;
    private final int perCommit;
    private int uncommitted;

    GraphWrites(Store store, EmbeddedFuseki embedded, int perCommit) {
        this.store = store;
        this.embedded = embedded;
        this.perCommit = perCommit;
    }

    public void put(Map<String, Model> graphs) {
        if (embedded == null) {
            graphs.forEach(store::putGraph);
            return;
        }
        write(dataset -> {
            if (!dataset.isInTransaction()) dataset.begin(TxnType.WRITE);
            graphs.forEach((graph, model) -> Store.replace(dataset, graph, model));
            uncommitted += graphs.size();
            if (uncommitted >= perCommit) commit(dataset);
        });
    }

    /** Commits what is not committed yet. */
    @Override
    public void close() {
        if (embedded != null) write(this::commit);
    }

    /** Work on the embedded store; a failure aborts what is not committed, and a full disk is told as such. */
    private void write(Consumer<DatasetGraph> work) {
        DatasetGraph dataset = embedded.dataset();
        try {
            work.accept(dataset);
        } catch (RuntimeException | InternalError e) {
            abort(dataset);
            StoreDiskFullException full = StoreDiskFullException.of(embedded.directory(), e);
            if (full != null) throw full;
            throw e;
        }
    }

    private void commit(DatasetGraph dataset) {
        if (!dataset.isInTransaction()) return;
        try {
            dataset.commit();
        } finally {
            dataset.end();
            uncommitted = 0;
            store.changed();
        }
    }

    private static void abort(DatasetGraph dataset) {
        if (!dataset.isInTransaction()) return;
        dataset.abort();
        dataset.end();
    }
}
