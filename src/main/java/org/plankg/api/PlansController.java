package org.plankg.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.plankg.correct.Correction;
import org.plankg.correct.CorrectionException;
import org.plankg.correct.CorrectionsFile;
import org.plankg.correct.CorrectionsTemplate;
import org.plankg.extract.PlanFormatException;
import org.plankg.extract.PlanParser;
import org.plankg.extract.PlanWithText;
import org.plankg.format.Table;
import org.plankg.read.DocumentReader;
import org.plankg.store.StoreProperties;
import org.plankg.vocab.Vocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
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
    private final StoreProperties properties;
    private final PlanParser parser;

    PlansController(QuestionService questions, PlanSync sync, StoreProperties properties, Vocabulary vocabulary,
                    @Value("${plankg.max-file-size:50MB}") DataSize maxFileSize) {
        this.questions = questions;
        this.sync = sync;
        this.properties = properties;
        this.parser = new PlanParser(vocabulary, new DocumentReader(maxFileSize.toBytes()));
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

    /**
     * The plan's corrections file to start from: its corrections so far, then every assignment as
     * read from its file now, ready to edit and save beside the plan.
     */
    @GetMapping(value = "/api/plans/{id}/corrections.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> correctionsTemplate(@PathVariable String id) throws IOException {
        String source = (String) find(id).get("sourceFile");
        Path file = properties.plans().resolve(source);
        PlanWithText read;
        try {
            read = parser.read(source, Files.readAllBytes(file));
        } catch (PlanFormatException | IOException e) {
            throw new UnknownNameException("the file of plan " + id + " (" + source + ") no longer reads as a plan: "
                    + e.getMessage(), List.of());
        }
        Path corrections = CorrectionsFile.of(file);
        List<Correction> kept = List.of();
        String problems = "";
        if (Files.isRegularFile(corrections)) {
            try {
                kept = CorrectionsFile.read(corrections.getFileName().toString(), Files.readAllBytes(corrections));
            } catch (CorrectionException e) {
                problems = e.problems().stream().map(p -> "# NOT READ: " + p.replace('\n', ' ') + "\n").reduce("", String::concat);
            }
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(source + CorrectionsFile.SUFFIX, StandardCharsets.UTF_8).build().toString())
                .body(problems + CorrectionsTemplate.csv(read.plan(), kept));
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
