package org.plankg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.plankg.vocab.Pk;

/**
 * What goes into the text index: the passages a search can show. Names (skos:prefLabel) of
 * actions and projects only: units, posts and issuers are named the same way, and at 3,000 plans
 * the 3,000 short names like 区应急局 outranked every task about 应急, so the search read 10,000 passages
 * to fill a page. A name is indexed when its subject is typed as an item in the same graph, which
 * {@link Store} writes before the rest. And each quoted sentence once per plan graph: one sentence
 * is the quote of every assignment it makes (often twenty), and indexing each copy would multiply
 * the index and the hits; the search finds the other assignments by the sentence. Deleting a
 * passage that was not indexed does nothing; the service always replaces or removes a plan's
 * graph whole, so nothing goes stale.
 */
final class Passages implements TextDocProducer {

    /** What the index holds, written beside it: an index built by other rules is built again. */
    static final String RULES = "skos:prefLabel of pk:Action and pk:Project only; pk:quote once per graph";

    private static final Node TYPE = RDF.type.asNode();
    private static final List<Node> ITEMS = List.of(Pk.Action.asNode(), Pk.Project.asNode());

    /** Changes handed to the indexing thread at a time. */
    private static final int HAND_OVER = 512;

    private final TextIndex index;
    private final EntityDefinition definition;
    private final DatasetGraph store;
    /**
     * Graph and sentence of the quotes indexed in the current write. Per thread: readers begin and
     * end transactions (and so call start and finish) while the one writer is at work.
     */
    private final ThreadLocal<Set<String>> seen = ThreadLocal.withInitial(HashSet::new);
    /**
     * Chinese word analysis costs about a sixth of writing a plan, so passages are analysed and
     * indexed on a thread of their own while the writer goes on; finish waits for them, so the
     * index commits with the store. Per thread as above: a reader has nothing to wait for.
     */
    private final ExecutorService indexing = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "plankg-text-index");
        thread.setDaemon(true);
        return thread;
    });
    private final ThreadLocal<List<Change>> waiting = ThreadLocal.withInitial(ArrayList::new);
    private final ThreadLocal<Future<?>> handedOver = new ThreadLocal<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    private record Change(boolean add, Entity entity) {
    }

    /** {@code store}: the dataset the passages are written to, read for the types of named things. */
    Passages(TextIndex index, DatasetGraph store) {
        this.index = index;
        this.definition = index.getDocDef();
        this.store = store;
    }

    @Override
    public void start() {
        seen.get().clear();
        waiting.get().clear();
    }

    /** Waits until every passage of this thread's write is in the index. */
    @Override
    public void finish() {
        handOver();
        Future<?> last = handedOver.get();
        handedOver.remove();
        seen.get().clear();
        if (last == null) return;
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while passages were indexed", e);
        } catch (ExecutionException e) {
            failure.compareAndSet(null, new IllegalStateException("passages not indexed", e.getCause()));
        }
        RuntimeException failed = failure.getAndSet(null);
        if (failed != null) throw failed;
    }

    @Override
    public void reset() {
        waiting.get().clear();
    }

    @Override
    public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
        if (action == TextQuadAction.ADD && !shown(g, s, p, o)) return;
        if (action != TextQuadAction.ADD && action != TextQuadAction.DELETE) return;
        Entity entity = TextQueryFuncs.entityFromQuad(definition, g, s, p, o);
        if (entity == null) return;
        List<Change> changes = waiting.get();
        changes.add(new Change(action == TextQuadAction.ADD, entity));
        if (changes.size() >= HAND_OVER) handOver();
    }

    /** Hands this thread's waiting changes to the indexing thread, which keeps their order. */
    private void handOver() {
        List<Change> changes = waiting.get();
        if (changes.isEmpty()) return;
        List<Change> work = List.copyOf(changes);
        changes.clear();
        handedOver.set(indexing.submit(() -> {
            try {
                for (Change change : work) {
                    if (change.add()) index.addEntity(change.entity());
                    else index.deleteEntity(change.entity());
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }));
    }

    private boolean shown(Node g, Node s, Node p, Node o) {
        if (p.equals(SKOS.prefLabel.asNode())) return ITEMS.stream().anyMatch(type -> store.contains(g, s, TYPE, type));
        if (p.equals(Pk.quote.asNode())) return o.isLiteral() && seen.get().add(g + " " + o.getLiteralLexicalForm());
        return true;
    }

    void commit() {
        index.commit();
    }

    void close() {
        indexing.shutdown();
    }
}
