package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.plankg.graph.PlanDataset;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Pk;
import org.plankg.plan.Plan;

/**
 * Metamorphic: every shipped plan (and the fixtures with division-of-labour tables), saved as a
 * web page with site chrome (UTF-8, and GBK declared as gb2312), as a .docx with its tables as
 * Word tables and as a PDF, gives the same assignments as its text: the same units in the same
 * roles of the same items and tasks, with the same quotes (white space aside); only the source
 * locators differ.
 */
class PublishedFormsTest {

    private static final Map<String, Function<List<PublishedForms.Part>, byte[]>> FORMATS = Map.of(
            "page.html", parts -> WebPages.page(parts, "UTF-8", "UTF-8"),
            "gbk.htm", parts -> WebPages.page(parts, gbk(parts), "gb2312"),
            "plan.docx", WordFiles::docx,
            "plan.pdf", PdfFiles::pdf);

    private static final Path KEPT = Path.of("target/published-forms");

    static Stream<Arguments> plansAndFormats() {
        List<Path> texts = new ArrayList<>(ShippedPlans.files());
        texts.add(Path.of("src/test/resources/fixtures/appendix-table.txt"));
        texts.add(Path.of("src/test/resources/fixtures/appendix-spaces.txt"));
        return texts.stream().flatMap(t -> FORMATS.keySet().stream().sorted().map(f -> Arguments.of(t, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("plansAndFormats")
    void givesTheAssignmentsOfTheText(Path text, String format) {
        byte[] bytes = ShippedPlans.read(text);
        Plan expected = ShippedPlans.parse(text.toString(), bytes);
        List<PublishedForms.Part> parts = PublishedForms.of(new String(bytes, StandardCharsets.UTF_8));
        String name = text.getFileName().toString().replace(".txt", "-" + format);
        byte[] file = FORMATS.get(format).apply(parts);
        keep(name, file);
        Plan published = ShippedPlans.parse(name, file);

        assertEquals(expected.district(), published.district());
        assertEquals(expected.period(), published.period());
        List<String> want = facts(expected);
        List<String> got = facts(published);
        assertEquals(List.of(), difference(want, got), name + ": in the text, not in the published form");
        assertEquals(List.of(), difference(got, want), name + ": in the published form, not in the text");
        assertFalse(published.file().isText());
        assertTrue(AssignmentRow.of(published, Iris.standard()).stream()
                .allMatch(r -> r.source().startsWith(name + "#")), "sources locate into " + name);
    }

    /** The graph of a published plan records its file's media type and hash and locates every quote. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void graphRecordsTheFileAndConforms(String format) {
        Path text = Path.of("src/test/resources/fixtures/appendix-table.txt");
        byte[] file = FORMATS.get(format).apply(PublishedForms.of(new String(ShippedPlans.read(text), StandardCharsets.UTF_8)));
        Plan plan = ShippedPlans.parse("appendix-table-" + format, file);
        Dataset dataset = PlanDataset.of(List.of(plan), ShippedPlans.VOCABULARY, Iris.standard());
        assertTrue(PlanDataset.validate(dataset).conforms(), format);
        Model graph = dataset.getNamedModel(Iris.standard().graph(plan));
        Resource p = graph.getResource(Iris.standard().plan(plan));
        assertEquals(PlanParser.sha256(file), p.getProperty(Pk.sha256).getString());
        assertEquals(plan.file().mediaType(), p.getProperty(Pk.mediaType).getString());
        assertTrue(plan.file().mediaType().matches("text/html|application/pdf|application/vnd\\.openxml.*"), plan.file().mediaType());
        assertTrue(graph.listResourcesWithProperty(Pk.sourceLine).toList().stream().allMatch(r -> r.hasProperty(Pk.sourceLocator)));
    }

    static Stream<String> formats() {
        return FORMATS.keySet().stream().sorted();
    }

    /**
     * An assignment without its source: what it says, quotes compared without white space. A table
     * row's quote is its cells; a text table wrapped onto several lines quotes them line by line,
     * so there the quote is compared as the characters it holds.
     */
    static List<String> facts(Plan plan) {
        return plan.assignments().stream()
                .map(a -> String.join("|", a.item() == null ? "" : a.item().name(), String.valueOf(a.task()),
                        a.unit().name(), a.unit().category(), a.role().key(), a.fromTable() ? "table" : "",
                        a.fromTable() ? sorted(a.quote()) : a.quote().replaceAll("\\s", "")))
                .sorted().toList();
    }

    private static String sorted(String quote) {
        return quote.replaceAll("\\s", "").chars().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The files are kept in target/published-forms, for `extract target/published-forms --report`. */
    private static void keep(String name, byte[] file) {
        try {
            Files.createDirectories(KEPT);
            Files.write(KEPT.resolve(name), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> difference(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    /** GBK where the text fits in it, else GB18030 (also declared gb2312 on such sites). */
    private static String gbk(List<PublishedForms.Part> parts) {
        String all = parts.toString();
        return Charset.forName("GBK").newEncoder().canEncode(all) ? "GBK" : "GB18030";
    }
}
