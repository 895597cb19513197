package org.plankg.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.plankg.format.Table;
import org.plankg.query.BadParameterException;
import org.plankg.question.QuestionService;
import org.plankg.question.Suggestions;
import org.plankg.vocab.Vocabulary;
import org.plankg.query.UnknownNameException;
import org.springframework.stereotype.Service;

/**
 * What changed between two plans of a district: units' roles per national item (the question
 * district-changes) and tasks new, gone or carried over ({@link TaskMatches}). Plans are named by
 * their period or year as the district's plan ids end (2016-2020, 2023); without them, the
 * district's earliest and latest plans are compared.
 */
@Service
public class PlanChanges {

    private final QuestionService questions;
    private final Vocabulary vocabulary;

    PlanChanges(QuestionService questions, Vocabulary vocabulary) {
        this.questions = questions;
        this.vocabulary = vocabulary;
    }

    /** A plan of the district as the comparison names it. */
    public record PlanRef(String id, String plan, String period, String title, String kind, String outline) {
    }

    /** The comparison: the two plans, the role changes, the task changes, and what was left out and why. */
    public record Changes(String district, PlanRef from, PlanRef to, List<PlanRef> plans, String comparedBy,
                          List<String> notCompared, List<Map<String, Object>> roles, List<TaskMatches.Match> tasks) {
    }

    public Changes between(String district, String from, String to) {
        DistrictPlans plans = plans(district);
        PlanRef earlier = plans.pick("from", from, 0);
        PlanRef later = plans.pick("to", to, plans.plans().size() - 1);
        if (earlier.equals(later)) throw new BadParameterException("to", "from and to are the same plan, " + earlier.period());
        Table fromItems = questions.run("plan-items", Map.of("plan", earlier.plan()));
        return new Changes(plans.name(), earlier, later, plans.plans(),
                "the national actions and projects of the 2021 outline; an item of a plan under the earlier outline counts for "
                        + "the 2021 items its concept maps to (skos:closeMatch, skos:relatedMatch); a unit renamed or merged "
                        + "in a reform counts under its successor's name (via)",
                notCompared(fromItems), roles(earlier, later).records(), tasks(earlier, later));
    }

    /** The role changes alone, as CSV gives them. */
    public Table roles(String district, String from, String to) {
        DistrictPlans plans = plans(district);
        return roles(plans.pick("from", from, 0), plans.pick("to", to, plans.plans().size() - 1));
    }

    /** The role question with the two plans bound, as it is sent to the store. */
    public String sparql(String district, String from, String to) {
        DistrictPlans plans = plans(district);
        return questions.bind(questions.offered("district-changes"), Map.of(
                "from", plans.pick("from", from, 0).plan(), "to", plans.pick("to", to, plans.plans().size() - 1).plan())).serialize();
    }

    private Table roles(PlanRef earlier, PlanRef later) {
        return questions.run("district-changes", Map.of("from", earlier.plan(), "to", later.plan()));
    }

    /** A district's plans, earliest period first. */
    private record DistrictPlans(String name, List<PlanRef> plans) {

        /** The plan of that period or year ({@code given}), or the one at {@code fallback} when none is given. */
        PlanRef pick(String parameter, String given, int fallback) {
            if (plans.size() < 2) {
                throw new BadParameterException("district", name + " has " + plans.size() + " plan in the store; a comparison needs two");
            }
            if (given == null || given.isBlank()) return plans.get(fallback);
            return plans.stream().filter(p -> p.period().equals(given.strip())).findFirst()
                    .orElseThrow(() -> new BadParameterException(parameter, parameter + " must be the period or year of one of "
                            + name + "'s plans " + plans.stream().map(PlanRef::period).toList() + ", not " + given.strip()));
        }
    }

    /** The district's plans; the district by name (芷湾区) or with its city (汀栎市芷湾区). */
    private DistrictPlans plans(String district) {
        String wanted = district == null ? "" : district.strip();
        List<Map<String, Object>> all = questions.run("plans", Map.of()).records();
        List<PlanRef> found = new ArrayList<>();
        for (Map<String, Object> p : all) {
            String name = (String) p.get("district");
            String key = (p.get("city") == null ? "" : (String) p.get("city")) + name;
            if (!wanted.equals(name) && !wanted.equals(key)) continue;
            String plan = (String) p.get("plan");
            found.add(new PlanRef((String) p.get("id"), plan, plan.substring(plan.lastIndexOf('/') + 1), (String) p.get("title"),
                    (String) p.get("kind"), (String) p.get("outline")));
        }
        if (found.isEmpty()) {
            throw new UnknownNameException("no plan of a district named " + wanted,
                    Suggestions.closest(wanted, all.stream().map(p -> (String) p.get("district")).distinct().toList()));
        }
        found.sort(Comparator.comparing(PlanRef::period));
        return new DistrictPlans(wanted, List.copyOf(found));
    }

    /** Earlier items whose concept has no counterpart in the 2021 outline, or that align to nothing: left out. */
    private List<String> notCompared(Table items) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : items.records()) {
            String item = (String) row.get("item");
            String national = (String) row.get("national");
            if (item == null || item.isEmpty()) continue;
            String line = item + (national == null || national.isEmpty() ? " (aligned to no national item)" : " (" + national + ")");
            if ((national == null || national.isEmpty() || isUnmapped(national)) && !out.contains(line)) out.add(line);
        }
        return out;
    }

    private boolean isUnmapped(String national) {
        return vocabulary.outlineConcept(national)
                .filter(c -> !c.outline().equals(Vocabulary.OUTLINE_2021) && c.counterparts().isEmpty()).isPresent();
    }

    /** The tasks of the two plans matched. */
    private List<TaskMatches.Match> tasks(PlanRef earlier, PlanRef later) {
        // a work plan's tasks carry out its plan's, several to one plan task where need be
        return TaskMatches.of(tasks(earlier), tasks(later), "work-plan".equals(later.kind()) && !"work-plan".equals(earlier.kind()));
    }

    private List<TaskMatches.Task> tasks(PlanRef plan) {
        return questions.run("plan-tasks", Map.of("plan", plan.plan())).records().stream()
                .map(r -> new TaskMatches.Task((String) r.get("item"), ((Number) r.get("task")).intValue(),
                        (String) r.get("taskText"), (String) r.get("source"))).toList();
    }

    /** The task changes alone, as CSV gives them with part=tasks. */
    public Table tasks(String district, String from, String to) {
        DistrictPlans plans = plans(district);
        List<List<Object>> rows = new ArrayList<>();
        for (TaskMatches.Match m : tasks(plans.pick("from", from, 0), plans.pick("to", to, plans.plans().size() - 1))) {
            rows.add(java.util.Arrays.asList(m.status(), m.fromItem(), m.fromTask(), m.fromText(), m.fromSource(),
                    m.toItem(), m.toTask(), m.toText(), m.toSource(), m.similarity()));
        }
        return new Table(List.of("status", "fromItem", "fromTask", "fromText", "fromSource", "toItem", "toTask", "toText",
                "toSource", "similarity"), rows);
    }
}
