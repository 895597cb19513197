package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;

/**
 * Four plans in forms no earlier README named (fixtures/heldout-6), written by a helper who never saw
 * the reader: a 自治州's Word plan marking leads in bold, a 新区's work points as one matrix of units
 * × tasks, a county-level city's ⑴⑵⑶ tasks divided with 分别, an autonomous county's 行动一 headings
 * with four-line duty blocks. Measured once before the reader was changed for them: two refused, the
 * two read flagged, items F1 0.17, tasks 0.00.
 */
class HeldOutSixthTest {

    private static final Path FOLDER = Path.of("src/test/resources/fixtures/heldout-6");

    /** 字体加黑的为牵头单位: the bold unit leads, the others of its bracket take part; none bold, all answer. */
    @Test
    void boldTypeMarksTheLeadWhereTheLegendSaysSo() {
        Plan plan = parse("o-xieyang-prefecture-2021-2025.docx");
        assertEquals("渫阳苗族侗族自治州", plan.district().name());
        assertEquals("渫阳州人民政府办公室", plan.metadata().issuer(), "as it signs the notice");
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 3, "州教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 3, "州民族宗教事务委员会", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "州科协", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 4, "团州委", Role.RESPONSIBLE);
        // a Word table whose lead cell is merged down from the row above
        ShippedPlans.assertRole(plan, "科普基础设施工程", 2, "州科协", Role.LEAD);
    }

    /** 表中“●”为牵头部门，“○”为配合部门, over 14 unit columns named bare (社会事业局, 团工委). */
    @Test
    void aMatrixOfUnitColumnsGivesEachMarkedUnitItsRole() {
        Plan plan = parse("p-kewan-newarea-2024-work-points.html");
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "社会事业局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "新区科协", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "妇工委", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "老年人科学素质提升行动", 9, "各街道", Role.PARTICIPANT);
        assertTrue(plan.units().stream().noneMatch(u -> u.name().startsWith("区")), "bare names are kept as written: " + plan.units());
    }

    /** 第一、二项分别由A、B牵头，C配合; A牵头负责第一项至第三项，B、C、D分别配合第一项、第二项、第三项; 互为配合单位. */
    @Test
    void respectivelyPairsUnitsWithTasks() {
        Plan plan = parse("q-longkou-city-2016-2020.txt");
        ShippedPlans.assertRole(plan, "青少年科学素质行动", 1, "市教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质行动", 2, "市科协", Role.LEAD);
        ShippedPlans.assertRole(plan, "农民科学素质行动", 3, "市妇联", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "农民科学素质行动", 2, "各镇人民政府", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "科普资源开发与共享工程", 2, "市科技局", Role.PARTICIPANT);
        assertTrue(plan.assignments().stream().noneMatch(a -> a.item() != null && a.item().name().equals("青少年科学素质行动")
                && a.task() != null && a.task() == 2 && a.unit().name().equals("市教育局") && a.role() == Role.LEAD), "分别: one lead a task");
    }

    /** 行动一　… headings; 牵头单位：A / 责任单位：A、B — the lead listed again is the lead only. */
    @Test
    void itemsNumberedByKindAndLeadsListedAgain() {
        Plan plan = parse("r-yaxi-autonomous-county-2026-2030.txt");
        assertEquals(9, plan.items().size(), plan.items().toString());
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "县教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "县科协", Role.PARTICIPANT);
        assertTrue(plan.assignments().stream().noneMatch(a -> a.task() != null && a.task() == 1 && a.item().name().equals("青少年科学素质提升行动")
                && a.unit().name().equals("县教育局") && a.role() != Role.LEAD));
    }

    private static Plan parse(String name) {
        return ShippedPlans.parse(FOLDER.resolve(name));
    }
}
