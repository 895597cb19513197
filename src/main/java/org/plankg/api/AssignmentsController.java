package org.plankg.api;

import java.util.Map;

import org.plankg.format.Table;
import org.plankg.question.BadParameterException;
import org.plankg.question.QuestionService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is responsible for what: all assignments, one unit's across districts (and where it sits in
 * the steering bodies), one item's per district.
 */
@RestController
class AssignmentsController {

    private final QuestionService questions;

    AssignmentsController(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping("/api/assignments")
    Table assignments() {
        return questions.run("assignments", Map.of());
    }

    @GetMapping("/api/units/{name}/items")
    Table unitItems(@PathVariable String name, @RequestParam(required = false) String role) {
        return questions.run("unit-items", role == null ? Map.of("unit", name) : Map.of("unit", name, "role", role));
    }

    @GetMapping("/api/units/{name}/bodies")
    Table unitBodies(@PathVariable String name) {
        return questions.run("unit-bodies", Map.of("unit", name));
    }

    @GetMapping("/api/matrix")
    Table matrix(@RequestParam(required = false) String national, @RequestParam(required = false) String item) {
        if (national != null && !national.isBlank()) return questions.run("national-matrix", Map.of("national", national));
        if (item != null && !item.isBlank()) return questions.run("item-matrix", Map.of("item", item));
        throw new BadParameterException("national", "give national (an outline key such as youth) or item (an item's name)");
    }
}
