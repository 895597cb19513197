package org.plankg.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.plankg.query.BadParameterException;
import org.plankg.question.AnswerCache;
import org.plankg.question.PageOpening;
import org.plankg.question.PlanParts;
import org.plankg.format.Table;
import org.plankg.question.QuestionService;
import org.plankg.query.Questions;
import org.plankg.question.Suggestions;
import org.plankg.query.UnknownNameException;
import org.plankg.store.Store;
import org.plankg.vocab.Vocabulary;
import org.springframework.stereotype.Service;

/**
 * The co-responsibility network: the roles of queries/network-roles.rq for the districts asked
 * for, projected and measured, each answer kept (and written once per format) until the store
 * changes.
 */
@Service
public class NetworkService implements PageOpening {

    /** Past this many districts a network of units needs a district filter or top=N. */
    static final int MANY_DISTRICTS = 50;
    private static final String ROLES = "network-roles";

    private final Store store;
    private final Questions questions;
    private final QuestionService answers;
    private final Vocabulary vocabulary;
    private final AnswerCache<List<Involvement>> roles = AnswerCache.of(8);
    private final AnswerCache<Network> networks = AnswerCache.of(64);
    private final AnswerCache<byte[]> renderings = AnswerCache.of(64);
    private final AnswerCache<List<String>> districtNames = AnswerCache.of(1);
    private final PlanParts parts;

    NetworkService(Store store, Questions questions, QuestionService answers, Vocabulary vocabulary, PlanParts parts) {
        this.store = store;
        this.parts = parts;
        parts.follow(ROLES);
        this.questions = questions;
        this.answers = answers;
        this.vocabulary = vocabulary;
    }

    Network network(NetworkRequest request) {
        check(request);
        return networks.get(request.key(), store.version(), () -> NetworkBuilder.build(
                involvements(request.districts()), request, categoryLabels()::get));
    }

    byte[] rendered(NetworkRequest request, NetworkFormats format) {
        Network network = network(request);
        return renderings.get(request.key() + "|" + format, store.version(), () -> format.write(network));
    }

    private void check(NetworkRequest request) {
        List<String> known = districts();
        for (String district : request.districts()) {
            if (!known.contains(district)) {
                throw new UnknownNameException("no plan of a district named " + district, Suggestions.closest(district, known));
            }
        }
        if (request.national() != null && vocabulary.outline().stream().noneMatch(o -> o.key().equals(request.national()))) {
            throw new BadParameterException("national", "national must be one of "
                    + vocabulary.outline().stream().map(Vocabulary.OutlineConcept::key).toList() + ", not " + request.national());
        }
        if (request.by() == NetworkRequest.By.UNIT && request.districts().isEmpty() && request.top() == null
                && known.size() > MANY_DISTRICTS) {
            throw new BadParameterException("district", "a network of units across all " + known.size()
                    + " districts is too large to read: give district (one or several), top=N, or by=category");
        }
    }

    /**
     * What the network view opens with, as JSON: by unit, past {@link #OPENING_TOP_PAST} districts
     * the top {@link #OPENING_TOP} units of all (network-view.js), and the network by category.
     */
    @Override
    public void open() {
        Integer top = districts().size() > OPENING_TOP_PAST ? OPENING_TOP : null;
        if (top != null || districts().size() <= MANY_DISTRICTS) {
            rendered(NetworkRequest.of("unit", List.of(), null, null, null, null, false, top, null), NetworkFormats.JSON);
        }
        rendered(NetworkRequest.of("category", List.of(), null, null, null, null, false, null, null), NetworkFormats.JSON);
    }

    /** The page's WIDE and NETWORK_TOP: past so many districts the view asks for the top units. */
    private static final int OPENING_TOP_PAST = 12;
    private static final int OPENING_TOP = 100;

    /** The districts that have a plan in the store. */
    List<String> districts() {
        return districtNames.get("", store.version(), () -> answers.run("plans", Map.of()).records().stream()
                .map(r -> (String) r.get("district")).distinct().toList());
    }

    /** Category key → its Chinese name, as the ontology states it. */
    private Map<String, String> categoryLabels() {
        Map<String, String> labels = new HashMap<>();
        answers.run("vocabulary-labels", Map.of()).records().stream().filter(r -> "category".equals(r.get("scheme")))
                .forEach(r -> labels.put((String) r.get("key"), (String) r.get("zh")));
        return labels;
    }

    /**
     * The roles in items and tasks of the districts, read once per store version; of all districts,
     * joined from each plan's own, which are read again only for plans that changed.
     */
    List<Involvement> involvements(List<String> districts) {
        return roles.get(String.join(",", districts), store.version(), () -> {
            if (!districts.isEmpty()) {
                List<Node> names = districts.stream().map(NodeFactory::createLiteralString).toList();
                return read(Map.of("district", names), new HashMap<>());
            }
            // the same IRIs and names recur across plans: keep one copy of each
            Map<String, String> strings = new HashMap<>();
            List<Involvement> all = new java.util.ArrayList<>();
            parts.forEach(ROLES, part -> {
                for (List<Object> row : part.rows()) all.add(involvement(part.columns(), row, strings));
            });
            return List.copyOf(all);
        });
    }

    private List<Involvement> read(Map<String, List<Node>> binding, Map<String, String> strings) {
        ResultSet rows = store.select(questions.get("network-roles").bind(binding));
        List<Involvement> involvements = new java.util.ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution r = rows.next();
            RDFNode task = r.get("task");
            involvements.add(new Involvement(text(r, "district", strings), text(r, "unitIri", strings),
                    text(r, "unit", strings), text(r, "category", strings), text(r, "target", strings),
                    text(r, "item", strings), text(r, "itemKind", strings), text(r, "national", strings),
                    task == null ? null : task.asLiteral().getLong(), text(r, "role", strings)));
        }
        return List.copyOf(involvements);
    }

    /** An involvement from a row of a plan's part, whose cells are text. */
    private static Involvement involvement(List<String> columns, List<Object> row, Map<String, String> strings) {
        java.util.function.Function<String, String> text = c -> strings.computeIfAbsent((String) row.get(columns.indexOf(c)), v -> v);
        String task = (String) row.get(columns.indexOf("task"));
        return new Involvement(text.apply("district"), text.apply("unitIri"), text.apply("unit"), text.apply("category"),
                text.apply("target"), text.apply("item"), text.apply("itemKind"), text.apply("national"),
                task.isEmpty() ? null : Long.valueOf(task), text.apply("role"));
    }

    private static String text(QuerySolution row, String column, Map<String, String> strings) {
        RDFNode node = row.get(column);
        String value = node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
        return strings.computeIfAbsent(value, v -> v);
    }
}
