package org.plankg.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.changes.TextQuadAction;

/**
 * Indexes each quoted sentence once per plan graph: one sentence is the quote of every assignment
 * it makes (often twenty), and indexing each copy would multiply the index and the hits. The
 * search finds the other assignments by the sentence. Deleting a copy that was not indexed does
 * nothing; the service always replaces or removes a plan's graph whole, so nothing goes stale.
 */
final class QuotedOnce implements TextDocProducer {

    private final TextDocProducerTriples triples;
    private final TextIndex index;
    private final Node quote;
    /**
     * Graph and sentence of the quotes indexed in the current write. Per thread: readers begin and
     * end transactions (and so call start and finish) while the one writer is at work.
     */
    private final ThreadLocal<Set<String>> seen = ThreadLocal.withInitial(HashSet::new);

    QuotedOnce(TextIndex index, Node quote) {
        this.triples = new TextDocProducerTriples(index);
        this.index = index;
        this.quote = quote;
    }

    @Override
    public void start() {
        seen.get().clear();
        triples.start();
    }

    @Override
    public void finish() {
        triples.finish();
        seen.get().clear();
    }

    @Override
    public void reset() {
        triples.reset();
    }

    @Override
    public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
        if (action == TextQuadAction.ADD && p.equals(quote) && o.isLiteral()
                && !seen.get().add(g + " " + o.getLiteralLexicalForm())) {
            return;
        }
        triples.change(action, g, s, p, o);
    }

    void commit() {
        index.commit();
    }
}
