package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;

/**
 * Four plans in forms no earlier README named (fixtures/heldout-7), written by a helper who never saw
 * the reader: a 盟's Word plan in a 3.1.2 outline with its duties in a table of units × task numbers,
 * a 林区's tables per item naming leads in a 备注 column, a 特区's ①② sub-items with 承办/协办
 * brackets, a 地区's task list naming units by codes. Measured once before the reader was changed for
 * them: items F1 0.02, tasks 0.01, two misread without a word.
 */
class HeldOutSeventhTest {

    private static final Path FOLDER = Path.of("src/test/resources/fixtures/heldout-7");

    /** 盟科协 | 牵头任务 3.1.2、3.1.3… | 参与任务 …3.5.1…: printed numbers name tasks (3.1.2) and items (3.5). */
    @Test
    void aTableOfUnitsGivesTheTasksTheirNumbersName() {
        Plan plan = parse("s-bayanchagan-league-2021-2025.docx");
        assertEquals("巴彦察汗盟行政公署办公室", plan.metadata().issuer());
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "盟教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 2, "团盟委", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 3, "盟科协", Role.LEAD);
    }

    /** 表三 … | 备注: 林区文化和旅游局牵头 — the remark names the lead among the row's units. */
    @Test
    void remarksNameTheLeadOfARow() {
        Plan plan = parse("t-wuling-forest-district-2025-work-points.html");
        ShippedPlans.assertRole(plan, "科技资源科普化工程", 1, "雾岭国家公园管理局", Role.LEAD);
        ShippedPlans.assertRole(plan, "科技资源科普化工程", 1, "林区科技和经济信息化局", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "产业工人科学素质提升行动", 2, "林区文化和旅游局", Role.LEAD);
        ShippedPlans.assertRole(plan, "产业工人科学素质提升行动", 2, "林区总工会", Role.PARTICIPANT);
    }

    /** ① (承办单位：A；协办单位：B) ② (承办单位：A、C): the task's units are the parts', the stronger role kept. */
    @Test
    void subItemsGiveTheirTaskTheirUnits() {
        Plan plan = parse("u-pangang-special-district-2016-2020.txt");
        ShippedPlans.assertRole(plan, "未成年人科学素质行动", 2, "特区教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "城镇劳动者科学素质行动", 3, "特区安监局", Role.LEAD);
        ShippedPlans.assertRole(plan, "城镇劳动者科学素质行动", 3, "特区公安消防大队", Role.RESPONSIBLE);
        assertTrue(plan.assignments().stream().noneMatch(a -> a.unit().name().equals("特区安监局") && a.task() != null && a.task() == 3
                && a.item().name().equals("城镇劳动者科学素质行动") && a.role() == Role.RESPONSIBLE));
    }

    /** 【牵头】13　【配合】… with 13 = 地区人力资源和社会保障局 in the table of codes at the end. */
    @Test
    void codesStandForTheNamesTheirTableGives() {
        Plan plan = parse("v-kanasu-prefecture-2023-task-list.txt");
        ShippedPlans.assertRole(plan, "领导干部和公务员科学素质提升行动", null, "地委组织部", Role.LEAD);
        ShippedPlans.assertRole(plan, "重大示范活动", 1, "地区科学技术局", Role.LEAD);
        assertTrue(plan.units().stream().noneMatch(u -> u.name().matches("\\d+")), plan.units().toString());
    }

    private static Plan parse(String name) {
        return ShippedPlans.parse(FOLDER.resolve(name));
    }
}
