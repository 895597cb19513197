package org.plankg.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plankg.format.Table;
import org.springframework.stereotype.Component;

/**
 * What a unit does across districts, a page at a time: its assignments are counted per plan
 * (one index lookup each), and the rows of the page are asked of the districts it covers only.
 * At 3,000 plans 区科协 leads in 11,400 rows; reading every one with its quote, item and source
 * to show the first page took seconds in a small container.
 */
@Component
public class UnitItemPages {

    private final QuestionService questions;

    UnitItemPages(QuestionService questions) {
        this.questions = questions;
    }

    /** Rows {@code offset} to {@code offset + limit} of unit-items, in its order, and how many there are in all. */
    public record Page(Table rows, long total) {
    }

    /**
     * A district's plans with the unit's assignments in them, each with the unit's IRI there (the
     * rows of a district come together).
     */
    private record District(List<String> graphs, List<String> units, long assignments) {
    }

    public Page page(String unit, String role, long offset, long limit) {
        List<District> districts = districts(unit, role);
        List<String> graphs = new ArrayList<>();
        List<String> units = new ArrayList<>();
        long start = 0;
        long skip = 0;
        for (District district : districts) {
            if (start + district.assignments() > offset && start < offset + limit) {
                if (graphs.isEmpty()) skip = offset - start;
                graphs.addAll(district.graphs());
                units.addAll(district.units());
            }
            start += district.assignments();
        }
        Table rows = graphs.isEmpty()
                ? new Table(questions.question("unit-items").query().getResultVars(), List.of())
                // each unit asked in its own plan only: not 3,000 units in each of the page's plans
                : questions.run("unit-items", role == null ? Map.of() : Map.of("role", role), Map.of("unit", units, "graph", graphs));
        int from = (int) Math.min(skip, rows.rows().size());
        int to = (int) Math.min(rows.rows().size(), from + limit);
        return new Page(new Table(rows.columns(), rows.rows().subList(from, to)), start);
    }

    /** The districts where the units of this name have the role, in unit-items' order; a name no unit has is an error. */
    private List<District> districts(String unit, String role) {
        // each spelling an exact, indexed label match; a unit two spellings name is counted once
        Map<String, Map<String, Object>> found = new java.util.TreeMap<>();
        for (String spelling : questions.spellings(unit)) {
            Map<String, String> arguments = role == null ? Map.of("spelling", spelling) : Map.of("spelling", spelling, "role", role);
            for (Map<String, Object> row : questions.run("unit-item-graphs", arguments).records()) {
                found.putIfAbsent(row.get("district") + "\t" + row.get("graph") + "\t" + row.get("unit"), row);
            }
        }
        if (found.isEmpty()) questions.units(unit); // tells a name no unit has, with the closest names
        Map<String, District> byName = new LinkedHashMap<>();
        for (Map<String, Object> row : found.values()) {
            long n = ((Number) row.get("assignments")).longValue();
            byName.merge((String) row.get("district"),
                    new District(List.of((String) row.get("graph")), List.of((String) row.get("unit")), n),
                    (a, b) -> new District(concat(a.graphs(), b.graphs()), concat(a.units(), b.units()),
                            a.assignments() + b.assignments()));
        }
        return List.copyOf(byName.values());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }
}
