package org.plankg.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.plankg.format.Table;

/**
 * One plan as the plan view shows it: its row of the {@code plans} question with its targets, its
 * items with their tasks and who does what, the organisation-level roles, its coverage and its
 * steering bodies, all from the plan's questions. {@code answers} runs a question: on the store
 * for a stored plan, on the plan's own graph for a preview.
 */
public final class PlanOverview {

    /** Runs a question with its arguments. */
    public interface Answers {
        Table run(String question, Map<String, String> arguments);
    }

    private final Answers answers;

    public PlanOverview(Answers answers) {
        this.answers = answers;
    }

    /** {@code plan} is the plan's row of the plans question; {@code warnings}, load warnings to show with its coverage. */
    public Map<String, Object> of(Map<String, Object> planRow, List<String> warnings) {
        Map<String, Object> plan = new LinkedHashMap<>(planRow);
        String iri = (String) plan.get("plan");
        plan.put("targets", answers.run("plan-targets", Map.of("plan", iri)).records());
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> organisation = new ArrayList<>();
        Map<String, Object> item = null;
        Map<String, Object> task = null;
        for (Map<String, Object> row : answers.run("plan-items", Map.of("plan", iri)).records()) {
            if (((String) row.get("item")).isEmpty()) {
                organisation.add(role(row));
                continue;
            }
            if (item == null || !item.get("name").equals(row.get("item"))) {
                item = new LinkedHashMap<>(Map.of("ordinal", row.get("ordinal"), "name", row.get("item"),
                        "kind", row.get("itemKind"), "national", row.get("national"),
                        "roles", new ArrayList<>(), "tasks", new ArrayList<>()));
                items.add(item);
                task = null;
            }
            if (row.get("task") != null && (task == null || !Objects.equals(task.get("number"), row.get("task")))) {
                task = new LinkedHashMap<>(Map.of("number", row.get("task"), "text", row.get("taskText"),
                        "roles", new ArrayList<>()));
                list(item, "tasks").add(task);
            }
            if (!((String) row.get("role")).isEmpty()) list(row.get("task") == null ? item : task, "roles").add(role(row));
        }
        plan.put("items", items);
        plan.put("organisation", organisation);
        plan.put("coverage", coverage(iri, warnings));
        plan.put("bodies", bodies(iri));
        return plan;
    }

    /**
     * Assignments by level and role, units not in the vocabulary and unread lines, as stored with
     * the plan; and warnings: the load warnings stored with it and those the caller adds.
     */
    private Map<String, Object> coverage(String iri, List<String> loadWarnings) {
        Map<String, Object> coverage = new LinkedHashMap<>();
        Map<String, Map<String, Object>> byLevel = new LinkedHashMap<>();
        List<Object> unlisted = new ArrayList<>();
        List<Object> unread = new ArrayList<>();
        List<Object> warnings = new ArrayList<>(loadWarnings);
        List<Object> incomplete = new ArrayList<>();
        for (Map<String, Object> row : answers.run("plan-coverage", Map.of("plan", iri)).records()) {
            switch ((String) row.get("kind")) {
                case "assignments" -> byLevel.computeIfAbsent((String) row.get("level"), k -> new LinkedHashMap<>())
                        .put((String) row.get("role"), row.get("count"));
                case "unlisted-unit" -> unlisted.add(row.get("unit"));
                case "load-warning" -> warnings.add(row.get("warning"));
                case "incomplete" -> incomplete.add(row.get("warning"));
                default -> unread.add(row.get("line"));
            }
        }
        coverage.put("assignments", byLevel);
        coverage.put("unitsNotInVocabulary", unlisted);
        coverage.put("unreadLines", unread);
        coverage.put("loadWarnings", warnings);
        coverage.put("readCompletely", incomplete.isEmpty());
        coverage.put("incompleteReading", incomplete);
        return coverage;
    }

    /**
     * The steering group and office, each with its quote and line, its chairs (the posts' wording),
     * its vice-chair, member and host units and its duties, each fact with its quote and line.
     */
    private List<Map<String, Object>> bodies(String planIri) {
        Map<Object, Map<String, Object>> bodies = new LinkedHashMap<>();
        for (Map<String, Object> row : answers.run("plan-bodies", Map.of("plan", planIri)).records()) {
            Map<String, Object> body = bodies.computeIfAbsent(row.get("body"), iri -> {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("body", iri);
                for (String key : List.of("name", "kind", "unitOf", "memberCount")) b.put(key, row.get(key));
                for (String key : List.of("chairs", "members", "duties")) b.put(key, new ArrayList<>());
                return b;
            });
            Map<String, Object> fact = new LinkedHashMap<>();
            switch ((String) row.get("relation")) {
                case "post" -> {
                    fact.put("role", row.get("role"));
                    fact.put("post", row.get("value"));
                    list(body, "chairs").add(fact);
                }
                case "membership" -> {
                    fact.put("role", row.get("role"));
                    fact.put("unit", row.get("value"));
                    list(body, "members").add(fact);
                }
                case "duty" -> {
                    fact.put("role", row.get("role"));
                    list(body, "duties").add(fact);
                }
                default -> {
                    body.put("quote", row.get("quote"));
                    body.put("line", row.get("line"));
                    body.put("at", row.get("at"));
                    continue;
                }
            }
            fact.put("quote", row.get("quote"));
            fact.put("line", row.get("line"));
            fact.put("at", row.get("at"));
        }
        return new ArrayList<>(bodies.values());
    }

    private static Map<String, Object> role(Map<String, Object> row) {
        Map<String, Object> role = new LinkedHashMap<>();
        for (String key : List.of("role", "unit", "quote", "line", "at", "correction")) role.put(key, row.get(key));
        return role;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> map, String key) {
        return (List<Object>) map.get(key);
    }
}
