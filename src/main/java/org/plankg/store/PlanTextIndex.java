package org.plankg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.plankg.vocab.Pk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jena-text index of the plans: task texts (pk:text), item names (skos:prefLabel) and quotes
 * (pk:quote) in one Lucene field, {@value #FIELD}, segmented into Chinese words by smartcn. The
 * store's writes go through the dataset {@link #wrap} returns, so the index changes in the same
 * transaction as the graphs. The same definition, as a Fuseki configuration, is in the README.
 */
public final class PlanTextIndex {

    private static final Logger log = LoggerFactory.getLogger(PlanTextIndex.class);
    public static final String FIELD = "text";

    private PlanTextIndex() {
    }

    /** The analyser of index and queries: smartcn's word segmentation and stop words. */
    public static Analyzer analyzer() {
        return new SmartChineseAnalyzer();
    }

    /** The predicates indexed. */
    static final List<Node> PREDICATES = List.of(Pk.text.asNode(), SKOS.prefLabel.asNode(), Pk.quote.asNode());

    /**
     * {@code tdb} with a Lucene index in {@code directory}. An index that is not there yet (a store
     * from before search, or one whose index was deleted) is built from what the store holds; so is
     * one built for other predicates (before the vocabulary had its persistent namespace), whose
     * entries deletes of the current predicates would never reach, or by other {@link Passages#RULES}.
     */
    public static DatasetGraph wrap(DatasetGraph tdb, Path directory) {
        try {
            Path fields = directory.resolveSibling(directory.getFileName() + ".fields");
            String indexed = PREDICATES.stream().map(Node::getURI).collect(java.util.stream.Collectors.joining("\n"))
                    + "\n" + Passages.RULES;
            if (Files.isDirectory(directory) && !(Files.exists(fields) && Files.readString(fields).equals(indexed))) {
                log.info("the text index in {} was built for other predicates or passages; it is built again", directory);
                try (var files = Files.walk(directory)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
                }
            }
            boolean built = Files.isDirectory(directory) && DirectoryReader.indexExists(FSDirectory.open(directory));
            Files.createDirectories(directory);
            Files.writeString(fields, indexed);
            EntityDefinition entities = new EntityDefinition("uri", FIELD, Pk.text.asNode());
            PREDICATES.forEach(p -> entities.set(FIELD, p));
            // a graph field to tell documents apart by plan, a uid field so that deletes find them
            entities.setGraphField("graph");
            entities.setUidField("uid");
            entities.setLangField("lang");
            TextIndexConfig config = new TextIndexConfig(entities);
            config.setAnalyzer(analyzer());
            config.setValueStored(true);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(directory), config);
            Passages producer = new Passages(index, tdb);
            DatasetGraph text = new DatasetGraphText(tdb, index, producer, true) {
                /**
                 * Closes the index only: TDB2 stays connected, as without the index. The index is
                 * detached from TDB2's transactions first, which would otherwise keep committing
                 * it (closed) when the service reconnects to the same database in this JVM.
                 */
                @Override
                public void close() {
                    TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(tdb);
                    if (quiet(coordinator)) {
                        coordinator.modifyConfig(() -> coordinator.listExternals().forEach(coordinator::removeExternal));
                    } else {
                        // a transaction left open (a query Fuseki stopped at its limit, say) would block this forever
                        log.warn("closing the text index with a store transaction still open: it stays attached to TDB2");
                    }
                    producer.close();
                    index.close();
                }
            };
            // text:query looks for the index in the context when Fuseki runs the query
            text.getContext().set(TextQuery.textIndex, index);
            if (!built) indexStored(tdb, producer, PREDICATES);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + directory.toAbsolutePath(), e);
        }
    }

    /** Whether no transaction is open on the store, waiting up to five seconds for those that are. */
    private static boolean quiet(TransactionCoordinator coordinator) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!coordinator.tryExclusiveMode(false)) {
            if (System.nanoTime() > until) return false;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        coordinator.finishExclusiveMode();
        return true;
    }

    private static void indexStored(DatasetGraph tdb, Passages producer, List<Node> predicates) {
        long start = System.nanoTime();
        Txn.executeRead(tdb, () -> {
            producer.start();
            for (Node p : predicates) {
                tdb.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q ->
                        producer.change(TextQuadAction.ADD, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
            }
            producer.finish();
        });
        producer.commit();
        log.info("text index built from the store in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
