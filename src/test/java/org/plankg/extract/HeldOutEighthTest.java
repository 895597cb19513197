package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;

/**
 * Four plans in forms no earlier README named (fixtures/heldout-8), written by a helper who never saw
 * the reader: a city's tables turned sideways (a task per column), a district's PDF text with each
 * task's units in a note at the foot of its page, a city's 职责分工 in prose by groups of items, a
 * banner's 责任清单 kept unit by unit. Measured once before the reader was changed for them: items F1
 * 0.11, tasks 0.01, one read with nothing and not flagged.
 */
class HeldOutEighthTest {

    private static final Path FOLDER = Path.of("src/test/resources/fixtures/heldout-8");

    /** 任务序号 | 1 | 2 … down the first column; 责任分工 spanning bare 牵头 and 配合. */
    @Test
    void aTableTurnedSidewaysGivesATaskPerColumn() {
        Plan plan = parse("w-xunao-city-2024-work-points.html");
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "市科协", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "市教育局", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "产业工人科学素质提升行动", 2, "市总工会", Role.LEAD);
        ShippedPlans.assertRole(plan, "产业工人科学素质提升行动", 2, "浔岙经济开发区管委会", Role.PARTICIPANT);
        assertTrue(plan.units().stream().noneMatch(u -> u.name().equals("完成时限") || u.name().equals("配合单位")), plan.units().toString());
    }

    /** …科技辅导员。① / —————— / ① 牵头单位：区教委；配合单位：区科协、团区委。 numbered afresh on each page. */
    @Test
    void aNoteAtTheFootOfThePageGivesItsTaskItsUnits() {
        Plan plan = parse("x-daijiang-district-2021-2025.txt");
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "区教委", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "团区委", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "领导干部和公务员科学素质提升行动", null, "区委组织部", Role.LEAD);
    }

    /** 农民、城镇劳动者科学素质行动分别由市农委、市人社局牵头…；其中，农民科学素质行动第2项由市扶贫办牵头. */
    @Test
    void aDivisionByItemsPairsItemsWithTheirLeads() {
        Plan plan = parse("y-tiaozhou-city-2016-2020.docx");
        ShippedPlans.assertRole(plan, "农民科学素质行动", null, "市农委", Role.LEAD);
        ShippedPlans.assertRole(plan, "城镇劳动者科学素质行动", null, "市人社局", Role.LEAD);
        ShippedPlans.assertRole(plan, "农民科学素质行动", 2, "市扶贫办", Role.LEAD);
        ShippedPlans.assertRole(plan, "城镇劳动者科学素质行动", 1, "市总工会", Role.PARTICIPANT);
        assertTrue(plan.assignments().stream().noneMatch(a -> a.item() != null && a.item().name().equals("农民科学素质行动")
                && a.unit().name().equals("市人社局") && a.role() == Role.LEAD), "分别: one lead an item");
    }

    /** （一）旗科协 / 4.【牵头】…（对应“设施”第1、2项）: the short name in quotes names the item. */
    @Test
    void aListKeptUnitByUnitNamesTasksByAnItemsShortName() {
        Plan plan = parse("z-wuzhuer-ewenki-banner-2023-duty-list.txt");
        ShippedPlans.assertRole(plan, "科普基础设施工程", 2, "旗科协", Role.LEAD);
        ShippedPlans.assertRole(plan, "科普基础设施工程", 2, "旗教育局", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "基层科普能力提升工程", 3, "旗乌兰牧骑", Role.LEAD);
    }

    private static Plan parse(String name) {
        return ShippedPlans.parse(FOLDER.resolve(name));
    }
}
