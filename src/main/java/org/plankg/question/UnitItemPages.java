package org.plankg.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plankg.format.Table;
import org.plankg.store.Store;
import org.springframework.stereotype.Component;

/**
 * What a unit does across districts, a page at a time: its assignments are counted per plan
 * (one index lookup each), and the rows of the page are asked of the districts it covers only.
 * At 3,000 plans 区科协 leads in 11,400 rows; reading every one with its quote, item and source
 * to show the first page took seconds in a small container. The first page counts the first
 * districts only ({@code plankg.unit-first-plans}, 200 plans) when they fill it: counting in
 * all 3,000 plans still took 3 s from a cold start in 1.5 GiB; the total comes with the pages
 * after it.
 */
@Component
public class UnitItemPages {

    private final QuestionService questions;
    private final Store store;
    /** Plans, in district order, whose units a first page counts before it counts them all. */
    private final int firstPlans;
    /** The graphs of those plans, per store version: sorting 3,000 plans took most of a warm page's time. */
    private final AnswerCache<Optional<List<String>>> firstGraphs = AnswerCache.of(1);

    UnitItemPages(QuestionService questions, Store store,
                  @org.springframework.beans.factory.annotation.Value("${plankg.unit-first-plans:200}") int firstPlans) {
        this.questions = questions;
        this.store = store;
        this.firstPlans = firstPlans;
    }

    /**
     * Rows {@code offset} to {@code offset + limit} of unit-items, in its order, and how many there
     * are in all: null when the page was read from the first districts only.
     */
    public record Page(Table rows, Long total) {
    }

    /**
     * A district's plans with the unit's assignments in them, each with the unit's IRI there (the
     * rows of a district come together).
     */
    private record District(List<String> graphs, List<String> units, long assignments) {
    }

    public Page page(String unit, String role, long offset, long limit) {
        if (offset == 0) {
            List<String> first = firstPlans();
            if (first != null) {
                List<District> districts = districts(unit, role, first);
                if (districts.stream().mapToLong(District::assignments).sum() >= limit) {
                    return new Page(page(districts, role, offset, limit).rows(), null);
                }
            }
        }
        Page page = page(districts(unit, role, null), role, offset, limit);
        if (page.total() == 0) questions.units(unit); // tells a name no unit has, with the closest names
        return page;
    }

    private Page page(List<District> districts, String role, long offset, long limit) {
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

    /**
     * The plan graphs of the first districts, {@link #firstPlans} or a few more to end with a
     * whole district; null when that is every plan.
     */
    private List<String> firstPlans() {
        return firstGraphs.get("", store.version(), () -> Optional.ofNullable(sortedFirstPlans())).orElse(null);
    }

    private List<String> sortedFirstPlans() {
        List<Map<String, Object>> plans = new ArrayList<>(questions.run("plans", Map.of()).records());
        if (plans.size() <= firstPlans) return null;
        plans.sort(java.util.Comparator.comparing((Map<String, Object> p) -> (String) p.get("district"))
                .thenComparing(p -> (String) p.get("graph")));
        int end = firstPlans;
        while (end < plans.size() && plans.get(end).get("district").equals(plans.get(end - 1).get("district"))) end++;
        return end == plans.size() ? null : plans.subList(0, end).stream().map(p -> (String) p.get("graph")).toList();
    }

    /** The districts where the units of this name have the role, in unit-items' order; in these plans only, unless null. */
    private List<District> districts(String unit, String role, List<String> plans) {
        // each spelling an exact, indexed label match; a unit two spellings name is counted once
        Map<String, Map<String, Object>> found = new java.util.TreeMap<>();
        for (String spelling : questions.spellings(unit)) {
            Map<String, String> arguments = role == null ? Map.of("spelling", spelling) : Map.of("spelling", spelling, "role", role);
            Table counts = plans == null ? questions.run("unit-item-graphs", arguments)
                    : questions.run("unit-item-graphs", arguments, Map.of("graph", plans));
            for (Map<String, Object> row : counts.records()) {
                found.putIfAbsent(row.get("district") + "\t" + row.get("graph") + "\t" + row.get("unit"), row);
            }
        }
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
