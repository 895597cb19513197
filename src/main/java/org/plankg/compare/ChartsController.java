package org.plankg.compare;

import java.util.Map;

import org.plankg.format.Table;
import org.plankg.query.BadParameterException;
import org.plankg.question.QuestionService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of the comparison charts, one row per district and bar (JSON, or CSV with
 * {@code ?format=csv}); the page draws them with d3. Their SPARQL is
 * {@code /api/questions/chart-…/sparql}.
 */
@RestController
class ChartsController {

    private final QuestionService questions;
    private final CategoryCounts categories;

    ChartsController(QuestionService questions, CategoryCounts categories) {
        this.questions = questions;
        this.categories = categories;
    }

    @GetMapping("/api/charts/targets")
    Table targets() {
        return questions.run("chart-targets", Map.of());
    }

    /**
     * Per district and role, the items units of each category have; with {@code category}, of that
     * category only (what the chart draws: at 1,000 districts all categories are 30,000 rows). The
     * whole answer is kept, so each category is cut from it.
     */
    @GetMapping("/api/charts/categories")
    Table categories(@RequestParam(required = false) String category) {
        return category == null || category.isBlank() ? categories.all() : categories.of(category.strip());
    }

    @GetMapping("/api/charts/national")
    Table national(@RequestParam(required = false) String national) {
        if (national == null || national.isBlank()) {
            throw new BadParameterException("national", "give national, an outline key such as youth");
        }
        return questions.run("chart-national", Map.of("national", national));
    }
}
