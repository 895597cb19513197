package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;

/**
 * Four plans in forms no earlier README named (fixtures/heldout-5), written by a helper who never saw
 * the reader: a district marking leads with ★ and participants with ☆ (the legend stated once), a
 * county-level city dividing its continuously numbered tasks unit by unit (牵头第24至26项), a county's
 * work plan by quarters with （主责）/（协同） after each unit, and a 2016–2020 plan whose actions are
 * given in a Markdown table of prose cells and 同上. Measured once before the reader was changed for
 * them: items F1 0.40, tasks 0.32 — one read with marks inside names and not flagged.
 */
class HeldOutFifthTest {

    private static final Path FOLDER = Path.of("src/test/resources/fixtures/heldout-5");

    /** 标注“★”的为牵头单位…标注“☆”的为配合单位, before or after the name; X负总责 among units sharing a duty. */
    @Test
    void marksTakeTheirRoleFromTheLegend() {
        Plan plan = parse("k-xuanhu-2021-2025.txt");
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "区教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "区科技局", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "基层科普能力提升工程", 4, "区科协", Role.LEAD);
        ShippedPlans.assertRole(plan, "基层科普能力提升工程", 4, "团区委", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "领导干部和公务员科学素质提升行动", null, "区委组织部", Role.LEAD);
        ShippedPlans.assertRole(plan, "领导干部和公务员科学素质提升行动", null, "区委党校", Role.PARTICIPANT);
        assertTrue(plan.units().stream().noneMatch(u -> u.name().contains("★") || u.name().contains("☆")), plan.units().toString());
    }

    /** （1）榆涧市科学技术协会：牵头第2、5、…24至26项，参与第1、3…项 over tasks numbered 1–27 through both sections. */
    @Test
    void aUnitsListOfTaskNumbersGivesThoseTasks() {
        Plan plan = parse("l-yujian-city-2021-2025.html");
        ShippedPlans.assertRole(plan, "基层科普能力提升工程", 25, "榆涧市科学技术协会", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "榆涧市教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "榆涧市科学技术协会", Role.LEAD);
        ShippedPlans.assertRole(plan, "科普基础设施工程", 21, "榆涧市科学技术协会", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "领导干部和公务员科学素质提升行动", 12, "中共榆涧市委组织部", Role.LEAD);
        ShippedPlans.assertRole(plan, "科普基础设施工程", 21, "各街道办事处", Role.LEAD);
        // 榆涧市财政局：负责全民科学素质工作经费保障: a duty for the whole plan
        assertTrue(plan.assignments().stream().anyMatch(a -> a.item() == null && a.role() == Role.FUNDER
                && a.unit().name().equals("榆涧市财政局")), "the finance bureau funds the plan");
    }

    /** Quarters are the items; 标注“主责”的部门负责牵头组织，标注“协同”的部门配合实施. */
    @Test
    void quartersAreItemsAndSuffixesRoles() {
        Plan plan = parse("m-xingshui-2025-work-plan.txt");
        ShippedPlans.assertRole(plan, "第二季度（4—6月）", 1, "县科技局", Role.LEAD);
        ShippedPlans.assertRole(plan, "第二季度（4—6月）", 1, "县融媒体中心", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "第一季度（1—3月）", 5, "县气象局", Role.RESPONSIBLE);
    }

    /** A 行动 column merged over its rows, prose cells (X牵头，Y配合), 同上, a wrapped cell; 牵头：A；配合：B after a project. */
    @Test
    void aMarkdownTableOfProseCellsGivesTheActions() {
        Plan plan = parse("n-liaoting-2016-2020.txt");
        ShippedPlans.assertRole(plan, "社区居民科学素质行动", 2, "区民政局", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "社区居民科学素质行动", 2, "区科协", Role.LEAD);
        ShippedPlans.assertRole(plan, "农民科学素质行动", 1, "各镇人民政府", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "领导干部和公务员科学素质行动", 2, "区委组织部", Role.RESPONSIBLE);
        ShippedPlans.assertRole(plan, "科普人才建设工程", null, "各镇人民政府", Role.PARTICIPANT);
        assertTrue(plan.units().stream().noneMatch(u -> u.name().equals("同上")), plan.units().toString());
    }

    private static Plan parse(String name) {
        return ShippedPlans.parse(FOLDER.resolve(name));
    }
}
