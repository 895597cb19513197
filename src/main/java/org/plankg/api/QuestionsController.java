package org.plankg.api;

import java.util.List;
import java.util.Map;

import org.plankg.format.Table;
import org.plankg.query.Question;
import org.plankg.question.QuestionService;
import org.plankg.query.Questions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The questions of queries/: listed with their parameters, and answered. */
@RestController
class QuestionsController {

    private final Questions questions;
    private final QuestionService service;

    QuestionsController(Questions questions, QuestionService service) {
        this.questions = questions;
        this.service = service;
    }

    record Description(String name, String title, String description, List<Question.Parameter> parameters,
                       String example, String sparql) {
    }

    @GetMapping("/api/questions")
    List<Description> list() {
        return questions.offered().stream().map(q -> new Description(q.name(), q.title(), q.description(),
                q.parameters(), q.example(), q.sparql())).toList();
    }

    /** The question's SPARQL with the given values bound, exactly as it is sent to the store. */
    @GetMapping(value = "/api/questions/{name}/sparql", produces = "text/plain;charset=UTF-8")
    String sparql(@PathVariable String name, @RequestParam Map<String, String> arguments) {
        arguments.remove("format");
        return service.bind(service.offered(name), arguments).serialize();
    }

    /** A table for a SELECT question; the graph, in Turtle, for a CONSTRUCT question (describe). */
    @GetMapping("/api/questions/{name}")
    ResponseEntity<?> answer(@PathVariable String name, @RequestParam Map<String, String> arguments) {
        arguments.remove("format");
        if (service.offered(name).query().isSelectType()) return ResponseEntity.ok(service.run(name, arguments));
        java.io.StringWriter turtle = new java.io.StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(turtle, service.graph(name, arguments), org.apache.jena.riot.Lang.TURTLE);
        return ResponseEntity.ok().contentType(new org.springframework.http.MediaType("text", "turtle",
                java.nio.charset.StandardCharsets.UTF_8)).body(turtle.toString());
    }
}
