package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fictional plans in the forms the shipped five do not use (labelled lists, bracketed per-task
 * lists, appendix tables with tabs or aligned spaces, a half-width county plan), each against the
 * assignments annotated by hand in its {@code .expected.tsv} (see fixtures/README.md).
 */
class FixturePlansTest {

    private static final Path FOLDER = Path.of("src/test/resources/fixtures");

    /** One annotated assignment: item name, task number (null: the item), unit as written, role key. */
    private record Expected(String item, Integer task, String unit, String role) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"labelled-lists", "bracketed-tasks", "appendix-table", "appendix-spaces", "halfwidth-county"})
    void givesExactlyTheAnnotatedAssignments(String name) throws IOException {
        Plan plan = parse(name);
        List<Expected> expected = expected(name);
        List<String> missing = new ArrayList<>();
        for (Expected e : expected) {
            boolean found = plan.assignments().stream().anyMatch(a -> a.item() != null
                    && a.item().name().equals(e.item()) && Objects.equals(a.task(), e.task())
                    && a.role().key().equals(e.role()) && a.unit().spellings().contains(e.unit()));
            if (!found) missing.add(e.toString());
        }
        assertEquals(List.of(), missing, name + ": annotated assignments not extracted");
        List<String> extracted = plan.assignments().stream().filter(a -> a.item() != null)
                .map(a -> a.item().name() + "/" + a.task() + "/" + a.unit().name() + "/" + a.role().key()).toList();
        assertEquals(expected.size(), extracted.size(), name + ": extracted " + new TreeSet<>(extracted));
    }

    @ParameterizedTest
    @ValueSource(strings = {"labelled-lists", "bracketed-tasks", "appendix-table", "appendix-spaces", "halfwidth-county"})
    void keepsEveryUnitNameAsWritten(String name) throws IOException {
        String text = Files.readString(FOLDER.resolve(name + ".txt"), StandardCharsets.UTF_8);
        for (Unit unit : parse(name).units()) {
            for (String spelling : unit.spellings()) {
                assertTrue(text.contains(spelling) || unit.category().equals("finance"),
                        name + ": " + spelling + " is not written in the text");
            }
        }
    }

    /** The tab-separated appendix drawn as a Markdown table, group rows in a cell of their own, reads the same. */
    @Test
    void readsTheAppendixAsABarSeparatedTable() {
        String[] lines = new String(ShippedPlans.read(FOLDER.resolve("appendix-table.txt")), StandardCharsets.UTF_8).split("\n", -1);
        int header = java.util.Arrays.asList(lines).indexOf("序号\t重点任务\t牵头单位\t责任单位");
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean inTable = i >= header && !line.isBlank();
            bars.append(!inTable ? line : line.contains("\t") ? "| " + line.replace("\t", " | ") + " |"
                    : "| " + line + " |  |  |  |").append('\n');
            if (i == header) bars.append("|---|---|---|---|\n");
        }
        Plan tabs = parse("appendix-table");
        Plan barred = ShippedPlans.parse("appendix-table-bars.txt", bars.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(96, tableRoles(tabs).size(), "the annotated table assignments");
        assertEquals(tableRoles(tabs), tableRoles(barred));
    }

    private static List<String> tableRoles(Plan plan) {
        return plan.assignments().stream().filter(Assignment::fromTable)
                .map(a -> a.item().name() + "/" + a.task() + "/" + a.unit().name() + "/" + a.role()).toList();
    }

    @Test
    void readsCountiesAndCountyLevelCities() {
        Plan county = parse("appendix-table");
        assertEquals("柳溪县", county.district().name());
        assertEquals("北峪市", county.district().city(), "the city whose plan the county cites");
        assertEquals("柳溪县人民政府办公室", county.issuer());
        assertEquals("柳政办〔2022〕31号", county.documentNumber());
        assertEquals(new BigDecimal("13.2"), county.targets().get(0).value());
        Plan city = parse("appendix-spaces");
        assertEquals("宁川市", city.district().name());
        assertEquals(new BigDecimal("14.6"), city.targets().get(0).value());
        assertEquals("sci-assoc", unit(city, "市科协").category(), "a county-level city's 市科协 is its own association");
        assertEquals("youth-league", unit(city, "团市委").category());
    }

    @Test
    void anExtraTableRowGetsATaskOfItsOwn() {
        Item youth = ShippedPlans.item(parse("appendix-table"), "青少年科学素质提升行动");
        assertEquals(List.of(1, 2, 3, 4), youth.tasks().stream().map(Task::number).toList());
        assertEquals("开展农村留守儿童科普关爱活动", youth.tasks().get(3).text());
    }

    @Test
    void unknownUnitsAreCategorisedByTheirEndingAndNeverPrefixed() {
        Plan plan = parse("bracketed-tasks");
        assertEquals("development-zone", unit(plan, "桐江高新区管委会").category());
        assertEquals("natural-resources", unit(plan, "市规划和自然资源局望川分局").category());
        assertEquals("other", unit(plan, "江滨街道办事处").category());
        assertTrue(plan.units().stream().noneMatch(u -> u.name().startsWith("区市") || u.name().startsWith("区桐江")),
                plan.units().toString());
    }

    private static Unit unit(Plan plan, String spelling) {
        return plan.units().stream().filter(u -> u.spellings().contains(spelling)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + spelling + " in " + plan.units()));
    }

    private static Plan parse(String name) {
        Path file = FOLDER.resolve(name + ".txt");
        return ShippedPlans.parse(file.toString(), ShippedPlans.read(file));
    }

    private static List<Expected> expected(String name) throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve(name + ".expected.tsv"), StandardCharsets.UTF_8);
        assertEquals("item\ttask\tunit\trole", lines.get(0));
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).map(f ->
                new Expected(f[0], f[1].equals("-") ? null : Integer.valueOf(f[1]), f[2], f[3])).toList();
    }
}
