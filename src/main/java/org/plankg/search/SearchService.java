package org.plankg.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.plankg.format.Table;
import org.plankg.query.BadParameterException;
import org.plankg.question.AnswerCache;
import org.plankg.question.PageOpening;
import org.plankg.question.QuestionService;
import org.plankg.store.Store;
import org.springframework.stereotype.Service;

/**
 * Full-text search of the plans through jena-text (queries/search.rq): the passages that match,
 * gathered per task or item, best first. Answers are kept until the store changes, so paging
 * through them asks the store once.
 */
@Service
public class SearchService implements PageOpening {

    /** Filters of a search; null where not given. */
    public record Filters(String district, String national, String role) {
    }

    /** Units listed leads first; roles not named here last. */
    private static final List<String> ROLE_ORDER = List.of("lead", "participant", "responsible");

    private static final int KEPT = 256;
    /** The fewest passages read for a page. */
    private static final int FIRST_PASSAGES = 64;
    /** The most passages a search reads, as queries/search.rq and search-count.rq do. */
    private static final int PASSAGES = 10_000;

    private final QuestionService questions;
    private final Store store;
    /** The hits of recent searches, and of pages with their units. */
    private final AnswerCache<List<SearchHit>> kept = AnswerCache.of(KEPT);

    SearchService(QuestionService questions, Store store) {
        this.questions = questions;
        this.store = store;
    }

    /**
     * The search view opens empty, but its first search would load smartcn's dictionary and open
     * the index (seconds, cold): a count of one word's passages does both before a visitor searches.
     */
    @Override
    public void open() {
        questions.runUncached(questions.bind(questions.question("search-passages"), arguments("科普", new Filters(null, null, null))));
    }

    /**
     * A page of hits, best first; {@code total}: how many hits the search has in all, when every
     * matching passage was read for the page (null otherwise: counting hits means joining every
     * passage to its plan, seconds on thousands of plans); {@code passages}: how many passages the
     * text index matches (up to 10,000); {@code more}: whether hits may follow this page.
     */
    public record Page(List<SearchHit> hits, Long total, long passages, boolean more) {
    }

    /**
     * The hits from {@code offset} on, at most {@code limit}: read from the best passages only, as
     * many as the page needs (a task matched by its text and by its sentence is one hit, so more
     * are read when they make fewer hits); the passages are counted by the text index alone.
     */
    public Page page(String q, Filters filters, int offset, int limit) {
        Map<String, String> arguments = arguments(q, filters);
        long passages = ((Number) questions.run("search-passages", Map.of("query", arguments.get("query")))
                .records().get(0).get("passages")).longValue();
        int wanted = offset + limit;
        for (long read = Math.max(FIRST_PASSAGES, 2L * wanted); ; read *= 4) {
            List<SearchHit> hits = best(arguments, (int) Math.min(read, PASSAGES));
            boolean all = read >= passages || read >= PASSAGES;
            if (hits.size() >= wanted || all) {
                return new Page(hits.subList(Math.min(offset, hits.size()), Math.min(hits.size(), wanted)),
                        all ? Long.valueOf(hits.size()) : null, passages, hits.size() > wanted || !all);
            }
        }
    }

    /** The hits of the best {@code passages} passages; kept until the store changes. */
    private List<SearchHit> best(Map<String, String> arguments, int passages) {
        Map<String, String> reading = new LinkedHashMap<>(arguments);
        reading.put("passages", String.valueOf(passages));
        return kept.get(reading.toString(), store.version(), () -> gather(questions.run("search", reading)));
    }

    /** One hit per anchor, from its best passage; units are filled in for the hits shown ({@link #withUnits}). */
    private static List<SearchHit> gather(Table rows) {
        Map<String, SearchHit> byAnchor = new LinkedHashMap<>();
        for (Map<String, Object> row : rows.records()) byAnchor.computeIfAbsent((String) row.get("anchor"), a -> hit(row));
        return List.copyOf(byAnchor.values());
    }

    /**
     * The hits with their units: a task's own, or its item's where the plan names none for the task;
     * with a role filter, only units in that role. Asked for these hits alone: at 1,000 plans a word
     * like 应急 has thousands of hits, and their units cost more than finding them.
     */
    public List<SearchHit> withUnits(List<SearchHit> hits, Filters filters) {
        if (hits.isEmpty()) return hits;
        String key = "units|" + filters.role() + "|" + String.join(" ", hits.stream().map(SearchHit::anchor).toList());
        return kept.get(key, store.version(), () -> unitsOf(hits, filters));
    }

    private List<SearchHit> unitsOf(List<SearchHit> hits, Filters filters) {
        List<org.apache.jena.graph.Node> anchors = hits.stream()
                .map(h -> org.apache.jena.graph.NodeFactory.createURI(h.anchor())).toList();
        Table rows = Table.of(store.select(questions.question("search-units").bind(Map.of("anchor", anchors))));
        String role = filters.role() == null || filters.role().isBlank() ? null : filters.role().strip();
        Map<String, Set<SearchHit.Unit>> own = new LinkedHashMap<>();
        Map<String, Set<SearchHit.Unit>> ofItem = new LinkedHashMap<>();
        for (Map<String, Object> row : rows.records()) {
            if (role != null && !role.equals(row.get("role"))) continue;
            ("own".equals(row.get("level")) ? own : ofItem).computeIfAbsent((String) row.get("hit"), h -> new LinkedHashSet<>())
                    .add(new SearchHit.Unit((String) row.get("unit"), (String) row.get("role")));
        }
        // a task's own units, or its item's where the plan names none for the task itself
        return hits.stream().map(h -> h.withUnits(ordered(own.getOrDefault(h.anchor(), ofItem.getOrDefault(h.anchor(), Set.of())))))
                .toList();
    }

    /** Leads first, then participants, then the responsible; by name within a role. */
    private static List<SearchHit.Unit> ordered(Set<SearchHit.Unit> units) {
        List<SearchHit.Unit> sorted = new ArrayList<>(units);
        sorted.sort(java.util.Comparator.comparing((SearchHit.Unit u) -> ROLE_ORDER.indexOf(u.role()) & Integer.MAX_VALUE)
                .thenComparing(SearchHit.Unit::name));
        return List.copyOf(sorted);
    }

    /** The SPARQL sent to the store for this search. */
    public Query sparql(String q, Filters filters) {
        return questions.bind(questions.question("search"), arguments(q, filters));
    }

    private Map<String, String> arguments(String q, Filters filters) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("query", SearchWords.parse(q).lucene(graphs(filters.district())));
        if (filters.national() != null && !filters.national().isBlank()) arguments.put("national", filters.national());
        if (filters.role() != null && !filters.role().isBlank()) arguments.put("role", filters.role());
        return arguments;
    }

    /** The plan graphs of a district, given by name (丰台区) or with its city (北京市丰台区); none for all. */
    private List<String> graphs(String district) {
        if (district == null || district.isBlank()) return List.of();
        String wanted = district.strip();
        List<String> graphs = questions.run("plans", Map.of()).records().stream()
                .filter(p -> wanted.equals(p.get("district"))
                        || wanted.equals(String.valueOf(p.get("city")) + p.get("district")))
                .map(p -> (String) p.get("graph")).toList();
        if (graphs.isEmpty()) {
            throw new BadParameterException("district", "no plan of a district named " + wanted + " (see /api/plans)");
        }
        return graphs;
    }

    /** A hit from its best passage's row, without units yet. */
    private static SearchHit hit(Map<String, Object> best) {
        java.util.function.Function<String, String> text = column -> {
            Object value = best.get(column);
            return value == null || "".equals(value) ? null : value.toString();
        };
        Object task = best.get("task");
        return new SearchHit(text.apply("district"), text.apply("province"), text.apply("city"), text.apply("item"),
                text.apply("national"), task instanceof Number n ? n.longValue() : null, text.apply("snippet"), List.of(),
                text.apply("source"), Double.parseDouble(String.valueOf(best.get("score"))), text.apply("anchor"));
    }
}
