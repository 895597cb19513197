package org.plankg.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.ARQ;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Fuseki server inside this process, over a TDB2 database on disk, bound to loopback on a free
 * port. The service reads through it over HTTP exactly as from an external Fuseki; it offers no
 * SPARQL Update and no Graph Store writes.
 */
final class EmbeddedFuseki implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedFuseki.class);
    static final String DATASET = "/plankg";

    private final FusekiServer server;
    private final DatasetGraph tdb;
    private final DatasetGraph dataset;
    private final Path directory;
    private final java.time.Duration queryTimeout;

    /**
     * TDB2's node caches hold up to 950,000 nodes (about 150 MB with their text): more than a
     * third of the heap the JVM picks in a 1.5 GiB container, where at 3,000 plans they ran it out
     * of memory. Below 1 GiB of heap they shrink with it, 400 nodes a megabyte; above, TDB2's own.
     */
    static org.apache.jena.tdb2.params.StoreParams storeParams(long maxHeap) {
        org.apache.jena.tdb2.params.StoreParams standard = org.apache.jena.tdb2.params.StoreParams.getDftStoreParams();
        long megabytes = maxHeap >> 20;
        if (megabytes >= 1024) return standard;
        int nodes = (int) Math.max(20_000, megabytes * 400);
        return org.apache.jena.tdb2.params.StoreParams.builder(standard)
                .nodeId2NodeCacheSize(Math.min(nodes, standard.getNodeId2NodeCacheSize()))
                .node2NodeIdCacheSize(Math.min(nodes / 4, standard.getNode2NodeIdCacheSize())).build();
    }

    /** {@code indexing} wraps the TDB2 dataset in one that keeps a text index (see org.plankg.search). */
    EmbeddedFuseki(Path directory, java.time.Duration queryTimeout,
                   java.util.function.UnaryOperator<DatasetGraph> indexing) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data directory " + directory.toAbsolutePath(), e);
        }
        this.directory = directory;
        this.queryTimeout = queryTimeout;
        tdb = DatabaseMgr.connectDatasetGraph(directory.toString(), storeParams(Runtime.getRuntime().maxMemory()));
        // researchers' queries without GRAPH see all plans at once
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset = indexing.apply(tdb);
        // every query on this dataset is cancelled by Fuseki after the limit
        dataset.getContext().set(ARQ.queryTimeout, String.valueOf(queryTimeout.toMillis()));
        // read-only over HTTP: the service writes in TDB2 transactions of its own, so nobody else
        // on this machine can change the store through the loopback port
        server = FusekiServer.create().port(0).loopback(true).add(DATASET, dataset, false).build().start();
        log.info("embedded Fuseki on {} over TDB2 at {}", endpoint(), directory.toAbsolutePath());
    }

    String endpoint() {
        return "http://localhost:" + server.getHttpPort() + DATASET;
    }

    Path directory() {
        return directory;
    }

    /** The limit Fuseki puts on every query, and the service on its own in-process ones. */
    java.time.Duration queryTimeout() {
        return queryTimeout;
    }

    /** The dataset to write in, in one transaction per batch: TDB2 with its text index. */
    DatasetGraph dataset() {
        return dataset;
    }

    /** The TDB2 dataset itself, for compaction. */
    DatasetGraph tdb() {
        return tdb;
    }

    @Override
    public void close() {
        server.stop();
        if (dataset != tdb) dataset.close();
    }
}
