package org.plankg.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plankg.format.Table;
import org.plankg.question.AnswerCache;
import org.plankg.question.PageOpening;
import org.plankg.question.PlanParts;
import org.plankg.store.Store;
import org.springframework.stereotype.Service;

/**
 * Per district, unit category and role, the items units of that category have that role in
 * (queries/chart-categories.rq), counted plan by plan and added up: an item belongs to one plan,
 * so the counts of a district's plans add up to the count over all of them. A changed plan is
 * counted again; the others are not.
 */
@Service
class CategoryCounts implements PageOpening {

    private static final String QUESTION = "chart-categories";
    private static final List<String> COLUMNS = List.of("district", "province", "city", "category", "role", "items");

    private final Store store;
    private final PlanParts parts;
    private final AnswerCache<Table> combined = AnswerCache.ofTables();

    CategoryCounts(Store store, PlanParts parts) {
        this.store = store;
        this.parts = parts;
        parts.follow(QUESTION);
    }

    /** The chart of unit categories opens on the science associations (charts-view.js). */
    @Override
    public void open() {
        of("sci-assoc");
    }

    /** The rows of every district, ordered as the query orders them. */
    Table all() {
        return combined.get("all", store.version(), () -> {
            // district, province, city, category, role → items
            Map<List<Object>, Long> sums = new TreeMap<>(CategoryCounts::compareKeys);
            parts.forEach(QUESTION, part -> {
                for (List<Object> row : part.rows()) {
                    List<Object> key = new ArrayList<>(row.subList(0, 5));
                    key.replaceAll(cell -> "".equals(cell) ? null : cell);
                    sums.merge(key, Long.parseLong((String) row.get(5)), Long::sum);
                }
            });
            List<List<Object>> rows = new ArrayList<>(sums.size());
            sums.forEach((key, items) -> {
                List<Object> row = new ArrayList<>(key);
                row.add(items);
                rows.add(row);
            });
            return new Table(COLUMNS, rows);
        });
    }

    /** The rows of one category, kept with the whole: the chart asks for one category at a time. */
    Table of(String category) {
        return combined.get("category=" + category, store.version(), () -> {
            Table all = all();
            int column = all.columns().indexOf("category");
            return new Table(all.columns(), all.rows().stream().filter(r -> category.equals(r.get(column))).toList());
        });
    }

    /** As ORDER BY ?province ?city ?district ?category ?role: an absent province or city first. */
    private static int compareKeys(List<Object> a, List<Object> b) {
        Comparator<Object> text = Comparator.nullsFirst(Comparator.comparing(String::valueOf));
        for (int column : new int[] {1, 2, 0, 3, 4}) {
            int c = text.compare(a.get(column), b.get(column));
            if (c != 0) return c;
        }
        return 0;
    }
}
