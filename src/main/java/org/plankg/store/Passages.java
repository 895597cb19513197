package org.plankg.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextDocProducerTriples;
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

    private final TextDocProducerTriples triples;
    private final TextIndex index;
    private final DatasetGraph store;
    /**
     * Graph and sentence of the quotes indexed in the current write. Per thread: readers begin and
     * end transactions (and so call start and finish) while the one writer is at work.
     */
    private final ThreadLocal<Set<String>> seen = ThreadLocal.withInitial(HashSet::new);

    /** {@code store}: the dataset the passages are written to, read for the types of named things. */
    Passages(TextIndex index, DatasetGraph store) {
        this.triples = new TextDocProducerTriples(index);
        this.index = index;
        this.store = store;
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
        if (action == TextQuadAction.ADD && !shown(g, s, p, o)) return;
        triples.change(action, g, s, p, o);
    }

    private boolean shown(Node g, Node s, Node p, Node o) {
        if (p.equals(SKOS.prefLabel.asNode())) return ITEMS.stream().anyMatch(type -> store.contains(g, s, TYPE, type));
        if (p.equals(Pk.quote.asNode())) return o.isLiteral() && seen.get().add(g + " " + o.getLiteralLexicalForm());
        return true;
    }

    void commit() {
        index.commit();
    }
}
