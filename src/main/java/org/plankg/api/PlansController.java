package org.plankg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.plankg.format.Table;
import org.plankg.question.PlanOverview;
import org.plankg.question.QuestionService;
import org.plankg.query.UnknownNameException;
import org.plankg.load.PlanSync;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plans, and one plan's overview: metadata, targets, items with their tasks and who does what,
 * and its steering bodies.
 */
@RestController
class PlansController {

    private final QuestionService questions;
    private final PlanSync sync;

    PlansController(QuestionService questions, PlanSync sync) {
        this.questions = questions;
        this.sync = sync;
    }

    @GetMapping("/api/plans")
    Table plans() {
        return questions.run("plans", Map.of());
    }

    @GetMapping(value = "/api/plans/{id}", produces = "text/csv")
    Table planTable(@PathVariable String id) {
        return questions.run("plan-items", Map.of("plan", (String) find(id).get("plan")));
    }

    @GetMapping(value = "/api/plans/{id}", produces = "application/json")
    Map<String, Object> plan(@PathVariable String id) {
        Map<String, Object> row = find(id);
        // a newer file kept out because it reads as far less than the stored version
        String notReplaced = sync.notReplaced((String) row.get("plan"));
        return new PlanOverview(questions::run).of(row, notReplaced == null ? List.of() : List.of(notReplaced));
    }

    private Map<String, Object> find(String id) {
        List<Map<String, Object>> plans = questions.run("plans", Map.of()).records();
        return plans.stream()
                .filter(p -> id.equals(p.get("id")) || id.equals(p.get("district"))
                        || id.equals(Objects.toString(p.get("city"), "") + p.get("district")))
                .findFirst()
                .orElseThrow(() -> new UnknownNameException("no plan with id " + id,
                        plans.stream().map(p -> (String) p.get("id")).toList()));
    }

}
