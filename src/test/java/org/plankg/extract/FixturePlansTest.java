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
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.Task;
import org.plankg.plan.Unit;

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
            // a generic 财政 subject takes the default name, a group's office is named after its group:
            // those units need one spelling from the text, every other spelling must be written there
            boolean named = unit.category().equals("finance") || unit.category().equals("steering-office");
            List<String> unwritten = unit.spellings().stream().filter(s -> !text.contains(s)).toList();
            assertTrue(named ? unwritten.size() < unit.spellings().size() : unwritten.isEmpty(),
                    name + ": " + unwritten + " not written in the text");
        }
    }

    /** The service refuses a plan whose graph breaks the shapes: a county that names no city must pass. */
    @ParameterizedTest
    @ValueSource(strings = {"labelled-lists", "bracketed-tasks", "appendix-table", "appendix-spaces", "halfwidth-county", "org-county"})
    void givesAGraphThatConformsToTheShapes(String name) {
        var report = org.plankg.graph.PlanDataset.validate(org.plankg.graph.PlanDataset.of(List.of(parse(name)),
                ShippedPlans.VOCABULARY, org.plankg.vocab.Iris.standard()));
        assertTrue(report.conforms(), name + ": " + report.getEntries());
    }

    @Test
    void readsCountiesAndCountyLevelCities() {
        Plan county = parse("appendix-table");
        assertEquals("柳溪县", county.district().name());
        assertEquals("北峪市", county.district().city(), "the city whose plan the county cites");
        assertEquals("柳溪县人民政府办公室", county.metadata().issuer());
        assertEquals("柳政办〔2022〕31号", county.metadata().documentNumber());
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
