package org.plankg.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.text.changes.DatasetGraphTextMonitor;
import org.apache.jena.query.text.changes.TextDatasetChanges;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * The SPARQL store, embedded or external, reached the same way: SPARQL 1.1 Protocol and Graph
 * Store Protocol over HTTP. Failures to reach it become {@link StoreUnavailableException}.
 */
public class Store implements AutoCloseable {

    private final String endpoint;
    private final EmbeddedFuseki embedded;
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    /** A graph the service writes last when it fills the store: while it is missing the store is not filled. */
    private volatile Query filledProbe;
    /** When {@link #version} last made sure an external store is still filled. */
    private volatile long filledCheckedAt = System.nanoTime() - 2_000_000_000L;
    private volatile boolean refilling;

    private Store(String endpoint, EmbeddedFuseki embedded) {
        this.endpoint = endpoint;
        this.embedded = embedded;
    }

    /** A Fuseki dataset run by someone else, e.g. http://host:3030/plankg. */
    public static Store external(String endpoint) {
        return new Store(endpoint, null);
    }

    /** A Fuseki started in this process over a TDB2 database in {@code directory}. */
    public static Store embedded(java.nio.file.Path directory, java.time.Duration queryTimeout) {
        return embedded(directory, queryTimeout, java.util.function.UnaryOperator.identity());
    }

    /** The same, with the TDB2 dataset wrapped by {@code indexing}, through which every write goes. */
    public static Store embedded(java.nio.file.Path directory, java.time.Duration queryTimeout,
                                 java.util.function.UnaryOperator<DatasetGraph> indexing) {
        EmbeddedFuseki fuseki = new EmbeddedFuseki(directory, queryTimeout, indexing);
        return new Store(fuseki.endpoint(), fuseki);
    }

    /**
     * A number that moves on when a write of this service ends, so that answers computed before
     * can be told from current ones. The service is the store's only writer. Answers kept at this
     * version are only as good as the store: an external store that restarted empty gives
     * {@link StoreRefillingException} here too (checked at most once a second), so kept answers
     * are not served from a store that no longer holds them. One that does not answer at all keeps
     * them: it was not seen to lose anything.
     */
    public long version() {
        long now = System.nanoTime();
        if (embedded == null && (refilling || now - filledCheckedAt > 1_000_000_000L)) {
            try {
                requireFilled();
                filledCheckedAt = now;
            } catch (StoreUnavailableException e) {
                // a store that does not answer has not been emptied either: what was kept stays
                // good, and whatever must be asked of the store gets 503 when it is asked
            }
        }
        return version.get();
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) embedded.close();
    }

    public String endpoint() {
        return endpoint;
    }

    /** Runs a SELECT and returns its rows, read in full (the connection is closed). */
    public ResultSet select(Query query) {
        requireFilled();
        return selectAsIs(query);
    }

    /** A SELECT for the service's own synchronisation, which must see the store as it is, filled or not. */
    public ResultSet selectAsIs(Query query) {
        if (embedded != null) return ((Answer.Rows) inProcess(query, embedded.queryTimeout(), Long.MAX_VALUE, abort -> { })).rows();
        return call(c -> c.query(query).execSelect().materialise());
    }

    /**
     * A query on the embedded dataset in this process, read in full inside a read transaction: the
     * same answer as over HTTP, without writing and parsing it as JSON (seconds at 1,000 plans).
     * {@code onStart} receives the abort action before the query runs.
     */
    private Answer inProcess(Query query, java.time.Duration limit, long maxRows, java.util.function.Consumer<Runnable> onStart) {
        DatasetGraph dataset = embedded.dataset();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = org.apache.jena.query.QueryExecution.create().query(query)
                    .dataset(org.apache.jena.query.DatasetFactory.wrap(dataset))
                    .timeout(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                onStart.accept(qe::abort);
                return read(qe, query, maxRows);
            } catch (org.apache.jena.query.QueryCancelledException e) {
                throw new QueryTimeoutException(limit);
            }
        });
    }

    public Model construct(Query query) {
        requireFilled();
        return call(c -> c.queryConstruct(query));
    }

    /**
     * Called when the service has filled the store: from then on, an external store for which
     * {@code probe} (an ASK) is false has restarted empty, and readers get
     * {@link StoreRefillingException} until the service calls this again.
     */
    public void filled(Query probe) {
        filledProbe = probe;
        refilling = false;
    }

    public boolean isRefilling() {
        return refilling;
    }

    /** One ASK per read of an external store: the embedded one cannot lose its data under the service. */
    private void requireFilled() {
        Query probe = filledProbe;
        if (embedded != null || probe == null) return;
        if (!refilling && askAsIs(probe)) return;
        refilling = true;
        throw new StoreRefillingException(endpoint);
    }

    /**
     * Runs a researcher's query under a time limit and a size limit, and reads the answer in full. The embedded store runs it in this process, where aborting
     * stops it at once; an external one gets the limit as Fuseki's {@code timeout} parameter, and an
     * abort closes the connection. {@code onStart} receives the abort action before the query runs.
     */
    public Answer limited(Query query, java.time.Duration limit, long maxRows, java.util.function.Consumer<Runnable> onStart) {
        requireFilled();
        if (embedded != null) {
            try {
                return inProcess(query, limit, maxRows, onStart);
            } catch (QueryTimeoutException | AnswerTooLargeException e) {
                throw e;
            } catch (RuntimeException e) {
                // the query itself failed as it ran (a text query Lucene refuses, say): the caller's to mend
                throw new QueryFailedException(e);
            }
        }
        // Fuseki reads the parameter as whole seconds
        String seconds = String.valueOf(Math.max(1, (limit.toMillis() + 999) / 1000));
        try (QueryExecution qe = QueryExecutionHTTPBuilder.service(endpoint).query(query)
                .param("timeout", seconds)
                .timeout(limit.toMillis() + 2000, java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
            onStart.accept(qe::abort);
            return read(qe, query, maxRows);
        } catch (AnswerTooLargeException e) {
            throw e;
        } catch (RuntimeException e) {
            if (refused(e)) throw new StoreUnavailableException(endpoint, e);
            throw new QueryTimeoutException(limit);
        }
    }

    /** The answer read in full, refused past {@code maxRows} rows or triples so that memory stays bounded. */
    private static Answer read(QueryExecution qe, Query query, long maxRows) {
        if (query.isAskType()) return new Answer.YesNo(qe.execAsk());
        if (query.isSelectType()) {
            ResultSet rows = qe.execSelect();
            List<org.apache.jena.sparql.engine.binding.Binding> kept = new java.util.ArrayList<>();
            while (rows.hasNext()) {
                if (kept.size() >= maxRows) throw new AnswerTooLargeException(maxRows);
                // copied: a TDB2 binding reads its nodes lazily, and the transaction ends before the answer is written
                kept.add(org.apache.jena.sparql.engine.binding.BindingFactory.copy(rows.nextBinding()));
            }
            return new Answer.Rows(ResultSet.adapt(org.apache.jena.sparql.exec.RowSetStream.create(
                    org.apache.jena.sparql.core.Var.varList(rows.getResultVars()), kept.iterator())));
        }
        Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        java.util.Iterator<org.apache.jena.graph.Triple> triples = query.isDescribeType()
                ? qe.execDescribeTriples() : qe.execConstructTriples();
        while (triples.hasNext()) {
            if (model.size() >= maxRows) throw new AnswerTooLargeException(maxRows);
            model.getGraph().add(triples.next());
        }
        return new Answer.Graph(model);
    }

    /** The store is not there at all, as opposed to a store that stopped the query. */
    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) return true;
        }
        return false;
    }

    public boolean ask(Query query) {
        requireFilled();
        return askAsIs(query);
    }

    public boolean askAsIs(Query query) {
        return call(c -> c.queryAsk(query));
    }

    /** One named graph: copied out of the embedded TDB2 in a read transaction, else through the Graph Store Protocol. */
    public Model graph(String graph) {
        requireFilled();
        if (embedded != null) {
            DatasetGraph dataset = embedded.dataset();
            return Txn.calculateRead(dataset, () -> {
                Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                dataset.getGraph(NodeFactory.createURI(graph)).find().forEach(copy.getGraph()::add);
                return copy;
            });
        }
        return call(c -> c.fetch(graph));
    }

    /**
     * Replaces several named graphs: in the embedded store in one write transaction on the TDB2
     * dataset, in an external one with one Graph Store Protocol request per graph. Either way a
     * reader sees a graph old or new, never half.
     */
    public void putGraphs(Map<String, Model> graphs) {
        try (GraphWrites writes = writes(Integer.MAX_VALUE)) {
            writes.put(graphs);
        }
    }

    /** Writes many graphs, committing every {@code perCommit} of them when embedded: see {@link GraphWrites}. */
    public GraphWrites writes(int perCommit) {
        return new GraphWrites(this, embedded, perCommit);
    }

    /** Replaces a named graph, inside a write transaction. */
    static void replace(DatasetGraph dataset, String iri, Model model) {
        Node graph = NodeFactory.createURI(iri);
        dataset.removeGraph(graph);
        java.util.function.Consumer<org.apache.jena.graph.Triple> add = addingNew(dataset, graph);
        // types first: the text index tells an item's name from a unit's by its type (Passages)
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        model.getGraph().find(Node.ANY, type, Node.ANY).forEach(add);
        model.getGraph().find().filterDrop(t -> t.getPredicate().equals(type)).forEach(add);
    }

    /**
     * Adds triples to a graph just emptied. The text index's wrapper looks each quad up before it
     * adds it, so as not to index a quad twice; none of these is there yet, and the look-up cost an
     * eighth of writing a plan. So they go to TDB2 straight and to the index's changes after.
     */
    private static java.util.function.Consumer<org.apache.jena.graph.Triple> addingNew(DatasetGraph dataset, Node graph) {
        if (dataset instanceof DatasetGraphTextMonitor text) {
            DatasetGraph store = text.monitored();
            TextDatasetChanges changes = text.getMonitor();
            return t -> {
                store.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                changes.change(TextQuadAction.ADD, graph, t.getSubject(), t.getPredicate(), t.getObject());
            };
        }
        return t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** A write ended: answers computed before it belong to the old version. */
    void changed() {
        version.incrementAndGet();
    }

    /** Deletes named graphs: in one transaction when embedded, one request each otherwise. */
    public void deleteGraphs(List<String> graphs) {
        if (embedded == null) {
            graphs.forEach(this::deleteGraph);
            return;
        }
        DatasetGraph dataset = embedded.dataset();
        writeEmbedded(() -> Txn.executeWrite(dataset, () -> graphs.forEach(iri -> dataset.removeGraph(NodeFactory.createURI(iri)))));
    }

    /** A write transaction on the embedded TDB2; a full disk is told as such, not as a memory fault. */
    private void writeEmbedded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | InternalError e) {
            StoreDiskFullException full = StoreDiskFullException.of(embedded.directory(), e);
            if (full != null) throw full;
            throw e;
        } finally {
            version.incrementAndGet();
        }
    }

    /** Free bytes on the embedded store's disk, or -1 for an external store. */
    public long freeDisk() {
        return embedded == null ? -1 : StoreDiskFullException.usableSpace(embedded.directory());
    }

    /**
     * Compacts the embedded TDB2 database into a new generation and deletes the old one, so that
     * its size on disk follows the data after bulk changes. Nothing to do for an external store.
     */
    public void compact() {
        if (embedded != null) writeEmbedded(() -> DatabaseMgr.compact(embedded.tdb(), true));
    }

    /** Replaces a named graph in one request (or transaction), so a reader sees the old graph or the new one. */
    public void putGraph(String graph, Model model) {
        if (embedded != null) putGraphs(Map.of(graph, model));
        else write(c -> c.put(graph, model));
    }

    public void deleteGraph(String graph) {
        if (embedded != null) deleteGraphs(List.of(graph));
        else write(c -> c.delete(graph));
    }

    /** A write; answers computed before it ends belong to the old version. */
    private void write(java.util.function.Consumer<RDFConnection> work) {
        try {
            call(c -> {
                work.accept(c);
                return null;
            });
        } finally {
            version.incrementAndGet();
        }
    }

    private <T> T call(Function<RDFConnection, T> work) {
        try (RDFConnection connection = RDFConnectionRemote.service(endpoint).build()) {
            return work.apply(connection);
        } catch (RuntimeException e) {
            if (unreachable(e)) throw new StoreUnavailableException(endpoint, e);
            throw e;
        }
    }

    /** No answer at all, or a gateway or server that says it cannot serve now. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpTimeoutException) return true;
            if (t instanceof IOException) return true;
            int status = t instanceof HttpException h ? h.getStatusCode()
                    : t instanceof QueryExceptionHTTP q ? q.getStatusCode() : 0;
            if (status == -1 || status == 502 || status == 503 || status == 504) return true;
        }
        return false;
    }

}
