package org.plankg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plankg.extract.PdfFiles;
import org.plankg.extract.WordFiles;
import org.plankg.extract.PublishedForms;
import org.plankg.extract.WebPages;
import org.plankg.extract.ShippedPlans;

/** The `extract` command as a user runs it: arguments in, JSON/CSV/TriG and messages out. */
class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(Arrays.asList(args));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEveryAssignmentOfTheShippedPlansAsJsonWithTheAgreedKeys() {
        assertEquals(0, run("data/plans"), stderr());
        JsonArray rows = JSON.parseAny(stdout()).getAsArray();
        List<String> keys = List.of("district", "plan", "item", "itemKind", "national", "task", "unit",
                "category", "role", "quote", "source");
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertEquals(Set.copyOf(keys), Set.copyOf(r.getAsObject().keys())));
        assertTrue(rows.stream().map(r -> r.getAsObject()).anyMatch(r ->
                str(r, "district").equals("鲤城区") && str(r, "unit").equals("区科协") && str(r, "role").equals("lead")
                        && str(r, "item").equals("科普基础设施工程") && str(r, "itemKind").equals("project")
                        && str(r, "national").equals("infrastructure") && r.get("task").isNull()
                        && str(r, "category").equals("sci-assoc")
                        && str(r, "source").equals("data/plans/001_c19de8b630eb6de0.txt:153")));
        assertTrue(rows.stream().map(r -> r.getAsObject()).anyMatch(r ->
                str(r, "district").equals("西城区") && str(r, "unit").equals("团区委") && str(r, "role").equals("responsible")
                        && r.get("task").isNumber() && r.get("task").getAsNumber().value().intValue() == 1
                        && str(r, "item").equals("青少年科学素质提升行动")));
        assertTrue(rows.stream().map(r -> r.getAsObject()).anyMatch(r ->
                str(r, "district").equals("朝阳区") && str(r, "role").equals("coordinator") && str(r, "item").isEmpty()
                        && str(r, "quote").contains("区科协发挥综合协调作用")));
    }

    /** The county fixture states every role in its appendix table; l.130 speaks of 牵头单位 without naming one. */
    @Test
    void reportsCoveragePerPlan() {
        assertEquals(0, run("src/test/resources/fixtures/appendix-table.txt", "--report"), stderr());
        String report = stdout();
        assertTrue(report.contains("== src/test/resources/fixtures/appendix-table.txt (柳溪县 2021-2025)"), report);
        assertTrue(report.matches("(?s).*\\nitem +-\\n.*"), "no item-level statement in the body: " + report);
        assertTrue(report.matches("(?s).*\\nappendix +lead \\d+ participant \\d+\\n.*"), report);
        assertTrue(report.contains("line 149: 各乡镇人民政府"), "named in the row of 二、2: " + report);
        // l.130 各牵头单位和责任单位要按照附件分工… names no unit, but 各乡镇人民政府要… on the same line is read as a duty
        assertTrue(report.contains("statement-like lines that gave no assignment: none"), report);
        assertTrue(report.contains("read completely: no sign otherwise"), report);
    }

    @Test
    void printsTheSameTableAsCsv() {
        assertEquals(0, run("data/plans/002_4bd26428d9563ede.txt", "--format", "csv"), stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals("district,plan,item,itemKind,national,task,unit,category,role,quote,source", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("通州区,") && l.contains(",青少年科学素质提升行动,action,youth,,区教委,education,lead,")));
    }

    @Test
    void writesTheGraphAsTrigWithOneGraphPerPlan(@TempDir Path dir) {
        Path trig = dir.resolve("plans.trig");
        assertEquals(0, run("data/plans", "--rdf", trig.toString()), stderr());
        Dataset dataset = RDFDataMgr.loadDataset(trig.toString());
        List<String> graphs = List.copyOf(iterable(dataset.listNames()));
        assertEquals(6, graphs.size(), "five plans and the vocabulary: " + graphs);
        assertTrue(graphs.contains("http://localhost:8080/graph/plan/泉州市鲤城区/2021-2025"), graphs.toString());
    }

    @Test
    void badFilesAreReportedOneLineEachAndGoodOnesStillPrinted(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("data/plans/003_dbb92a8177a5e85b.txt"), dir.resolve("xicheng.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[2048];
        new Random(3).nextBytes(noise);
        Files.write(dir.resolve("binary.txt"), noise);
        Files.writeString(dir.resolve("prose.txt"), "北京市西城区人民政府办公室\n今天区科协组织了科普活动。\n");
        Path trig = dir.resolve("out.trig");

        assertEquals(1, run(dir.toString(), dir.resolve("missing.txt").toString(), "--rdf", trig.toString()));

        List<String> errors = stderr().lines().filter(l -> !l.startsWith("warning:")).toList();
        assertEquals(4, errors.size(), stderr());
        for (String bad : List.of("empty.txt", "binary.txt", "prose.txt", "missing.txt")) {
            assertTrue(errors.stream().anyMatch(l -> l.contains(bad)), bad + " not reported: " + stderr());
        }
        assertFalse(stderr().contains("Exception") || stderr().contains("\tat "), stderr());
        assertTrue(stdout().contains("区科技和信息化局"), "the good plan is still printed");
        assertTrue(Files.exists(trig), "the good plan's graph is still written");
    }

    /** A folder as a site gives it: a web page, a Word file, a PDF, a text file, and files that are not readable plans. */
    @Test
    void readsAMixedFolderAndReportsTheFormatOfEach(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("fengtai.html"), WebPages.page(parts("000_64d43a6d2d8e1f87"), "GBK", "gb2312"));
        Files.write(dir.resolve("licheng.docx"), WordFiles.docx(parts("001_c19de8b630eb6de0")));
        Files.write(dir.resolve("tongzhou.pdf"), PdfFiles.pdf(parts("002_4bd26428d9563ede")));
        Files.copy(Path.of("data/plans/003_dbb92a8177a5e85b.txt"), dir.resolve("xicheng.txt"));
        Files.write(dir.resolve("cut.docx"), Arrays.copyOf(WordFiles.docx(parts("004_6c226d949c8fefda")), 3000));
        Files.write(dir.resolve("notes.md"), new byte[] {1, 2, 3});

        assertEquals(1, run(dir.toString(), "--report"));
        String report = stdout();
        assertTrue(report.contains("fengtai.html (北京市丰台区 2021-2025)\nread as html: "), report);
        assertTrue(report.matches("(?s).*licheng\\.docx .*?\nread as docx: \\d+ paragraphs, 0 table rows\n.*"), report);
        assertTrue(report.contains("tongzhou.pdf") && report.contains("read as pdf: "), report);
        assertTrue(report.contains("read as text: "), report);
        List<String> errors = stderr().lines().filter(l -> !l.startsWith("warning:")).toList();
        assertEquals(List.of(dir.resolve("cut.docx") + ": corrupt or unreadable Word document"),
                errors.stream().map(l -> l.replaceFirst(" \\(.*", "")).toList(), stderr());
    }

    @Test
    void filesOverTheSizeLimitAreReportedAndSkipped(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("data/plans/003_dbb92a8177a5e85b.txt"), dir.resolve("xicheng.txt"));
        assertEquals(1, run(dir.toString(), "--max-file-size", "10KB"));
        assertTrue(stderr().contains("xicheng.txt: larger than the size limit"), stderr());
        assertEquals(2, run(dir.toString(), "--max-file-size", "big"));
    }

    private static List<PublishedForms.Part> parts(String plan) {
        return PublishedForms.of(new String(ShippedPlans.read(Path.of("data/plans/" + plan + ".txt")), StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run());
        assertEquals(2, run("data/plans", "--format", "xml"));
        assertEquals(2, run("data/plans", "--rdf"));
        assertTrue(stderr().contains("usage"), stderr());
    }

    private static String str(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
