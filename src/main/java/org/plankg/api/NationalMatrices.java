package org.plankg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plankg.format.Table;
import org.plankg.question.AnswerCache;
import org.plankg.question.PageOpening;
import org.plankg.question.PlanParts;
import org.plankg.question.QuestionService;
import org.plankg.store.Store;
import org.springframework.stereotype.Service;

/**
 * Who leads each national action or project in each district (queries/national-matrix.rq), the
 * ten matrices put together at once from each plan's part, whose rows carry the outline key they
 * were found under and the item's place in its plan; a changed plan's part is read again, not the
 * others.
 */
@Service
class NationalMatrices implements PageOpening {

    static final String QUESTION = "national-matrix";
    private static final String KEY = "nationalKey";
    private static final String ORDINAL = "ordinal";

    private final QuestionService questions;
    private final Store store;
    private final PlanParts parts;
    private final AnswerCache<Map<String, Table>> matrices = AnswerCache.of(1);

    NationalMatrices(QuestionService questions, Store store, PlanParts parts) {
        this.questions = questions;
        this.store = store;
        this.parts = parts;
        parts.follow(QUESTION, KEY, ORDINAL);
    }

    /** The matrix of an outline key (youth, …), as the question gives it; a key not in the outline is refused. */
    Table of(String national) {
        Table matrix = all().get(national);
        if (matrix != null) return matrix;
        // binding checks the key (a warm request need not copy the query for it): no plan has such an item
        questions.bind(questions.question(QUESTION), Map.of("national", national));
        return new Table(columns(), List.of());
    }

    /** The item view's matrices, all made in one pass over the parts. */
    @Override
    public void open() {
        all();
    }

    private Map<String, Table> all() {
        return matrices.get("", store.version(), () -> {
            Map<String, List<List<Object>>> byKey = new HashMap<>();
            List<String> columns = columns();
            parts.forEach(QUESTION, part -> {
                int key = part.columns().indexOf(KEY);
                int ordinal = part.columns().indexOf(ORDINAL);
                for (List<Object> row : part.rows()) {
                    String iri = (String) row.get(key);
                    List<Object> kept = new ArrayList<>(row.subList(0, columns.size()));
                    kept.add(row.get(ordinal));
                    byKey.computeIfAbsent(iri.substring(iri.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(kept);
                }
            });
            Map<String, Table> tables = new HashMap<>();
            Comparator<List<Object>> order = Comparator.comparing((List<Object> r) -> (String) r.get(0))
                    .thenComparingLong(r -> Long.parseLong((String) r.get(r.size() - 1)))
                    .thenComparing(r -> (String) r.get(2));
            byKey.forEach((key, rows) -> {
                rows.sort(order);
                rows.replaceAll(r -> r.subList(0, r.size() - 1));
                tables.put(key, new Table(columns, rows).readOnly());
            });
            return Map.copyOf(tables);
        });
    }

    /** The question's own columns, without those the parts add. */
    private List<String> columns() {
        return questions.question(QUESTION).query().getResultVars();
    }
}
