package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Plan;

/** A plan read only in part says so; one read whole does not. */
class CompletenessTest {

    private static final Path BRACKETED = Path.of("src/test/resources/fixtures/bracketed-tasks.txt");

    @Test
    void aPlanWhoseLaterItemsStateResponsibilityInAnUnknownFormIsFlagged() {
        String text = new String(ShippedPlans.read(BRACKETED), StandardCharsets.UTF_8);
        int half = text.indexOf("三、重点工程");
        // the second half writes its responsibility in a form no reader knows: nothing read there
        String unknownForm = text.substring(0, half)
                + text.substring(half).replaceAll("（(?:牵头单位|责任单位)：[^）]*）", "（经办：见附表）");
        Plan plan = ShippedPlans.parse("half.txt", unknownForm.getBytes(StandardCharsets.UTF_8));
        List<String> reasons = plan.coverage().incomplete();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("have no responsibility read while the others do")), reasons.toString());
        assertTrue(plan.coverage().summary().contains("LOOKS INCOMPLETELY READ"), plan.coverage().summary());
    }

    /** Every task's units in a form no reader knows (——区教委主抓，区科协跟进): nothing read, and it says so. */
    @Test
    void aPlanWhoseTasksNameUnitsButGaveNoneIsFlagged() {
        String text = new String(ShippedPlans.read(BRACKETED), StandardCharsets.UTF_8)
                .replaceAll("（(?:牵头单位|责任单位)：([^、；）]*)[^）]*）", "——$1主抓，区科协跟进。");
        Plan plan = ShippedPlans.parse("unknown.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(plan.assignments().stream().noneMatch(a -> a.item() != null), "nothing is read from 主抓/跟进");
        assertTrue(plan.coverage().incomplete().stream().anyMatch(r -> r.contains("no responsibility read for any action or project")),
                plan.coverage().incomplete().toString());
    }

    /** One part outside the actions and projects whose tasks close with a bracket of units: those tasks were not read. */
    @Test
    void tasksWithUnitsOutsideAnyItemAreFlagged() {
        String text = new String(ShippedPlans.read(BRACKETED), StandardCharsets.UTF_8);
        int org = text.indexOf("四、");
        String withOther = text.substring(0, org) + "四、其他工作\n\n1.组织全国科普日活动。（区科协、区文化和旅游局）\n\n"
                + text.substring(org).replaceFirst("四、", "五、");
        Plan plan = ShippedPlans.parse("other.txt", withOther.getBytes(StandardCharsets.UTF_8));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.message().contains("states units outside any action or project")), plan.warnings().toString());
        assertTrue(!plan.coverage().incomplete().isEmpty());
    }

    /** Theme headings over tasks closing with （A·B、C）, a separator no reader knows: not items, not read — and said so. */
    @Test
    void tasksClosingWithUnitsInAnUnknownFormAreFlagged() {
        String text = new String(ShippedPlans.read(Path.of("src/test/resources/fixtures/heldout-4/g-lingzhou-city-2021-2025.txt")),
                StandardCharsets.UTF_8).replace('/', '·').replace('／', '·');
        Plan plan = ShippedPlans.parse("dots.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(plan.assignments().stream().noneMatch(a -> a.quote().contains("·")), "nothing is read from （A·B）");
        assertTrue(!plan.coverage().incomplete().isEmpty(), "and the plan says it was read in part");
    }

    @Test
    void skippedTaskNumbersAreFlagged() {
        String text = new String(ShippedPlans.read(BRACKETED), StandardCharsets.UTF_8);
        String skipped = text.replaceFirst("\n2\\. ", "\n4. ");
        Plan plan = ShippedPlans.parse("skipped.txt", skipped.getBytes(StandardCharsets.UTF_8));
        assertTrue(plan.coverage().incomplete().stream().anyMatch(r -> r.contains("task numbering skips")), plan.coverage().incomplete().toString());
    }

    @Test
    void theShippedPlansAndTheNamedFormFixturesAreReadCompletely() {
        for (Path file : ShippedPlans.files()) {
            assertEquals(List.of(), ShippedPlans.parse(file.toString(), ShippedPlans.read(file)).coverage().incomplete(), file.toString());
        }
        for (String name : List.of("labelled-lists", "bracketed-tasks", "appendix-table", "appendix-spaces", "halfwidth-county")) {
            Path file = Path.of("src/test/resources/fixtures", name + ".txt");
            assertEquals(List.of(), ShippedPlans.parse(file.toString(), ShippedPlans.read(file)).coverage().incomplete(), name);
        }
    }
}
