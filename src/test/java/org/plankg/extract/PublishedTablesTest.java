package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plankg.plan.Plan;

/**
 * A division-of-labour table whose 重点任务 cell spans its rows and whose 序号 runs through the
 * table (fixtures/unseen/district-runin-webtable.html), published as the web page, as a Word file
 * (the merged cell a vMerge) and as a PDF (a real table: cells at their columns, names broken
 * inside cells, the merged cell printed once): every form gives exactly the annotated assignments.
 */
class PublishedTablesTest {

    private static final Path PAGE = Path.of("src/test/resources/fixtures/unseen/district-runin-webtable.html");

    static Stream<String> forms() {
        return Stream.of("page.html", "plan.docx", "plan.pdf");
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFormGivesTheAnnotatedAssignments(String form) throws IOException {
        String html = Files.readString(PAGE, StandardCharsets.UTF_8);
        List<PublishedForms.Part> parts = PublishedForms.ofPage(html);
        Function<List<PublishedForms.Part>, byte[]> writer = switch (form) {
            case "plan.docx" -> WordFiles::docx;
            case "plan.pdf" -> PdfFiles::pdf;
            default -> p -> html.getBytes(StandardCharsets.UTF_8);
        };
        byte[] bytes = writer.apply(parts);
        Path kept = Path.of("target/published-forms/district-runin-webtable-" + form);
        Files.createDirectories(kept.getParent());
        Files.write(kept, bytes);
        Plan plan = ShippedPlans.parse(form, bytes);
        Evaluation.Result r = Evaluation.score(PAGE, plan);
        assertEquals(1.0, r.items().f1(), 1e-9, form + ": missed " + r.missed() + ", wrong " + r.spurious());
        assertEquals(1.0, r.tasks().f1(), 1e-9, form + ": missed " + r.missed() + ", wrong " + r.spurious());
        assertTrue(plan.coverage().incomplete().isEmpty(), form + ": " + plan.coverage().incomplete());
    }
}
