package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;

/**
 * Four plans in forms no earlier README named (fixtures/heldout-4), written by a helper who never saw
 * the reader: a prefecture city's plan with theme headings and slash brackets, a banner's plan with
 * ——X（牵头），Y lines, a district's task list as one web table with a 重点领域 column, and a county's
 * 2016–2020 plan in 章/节/条. Measured once before the reader was changed for them: items F1 0.00,
 * tasks 0.00 — two read with no assignment and not flagged, two refused.
 */
class HeldOutFourthTest {

    private static final Path FOLDER = Path.of("src/test/resources/fixtures/heldout-4");

    static Stream<Path> plans() {
        return Evaluation.annotated(FOLDER).stream();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void isReadAsAnnotatedOrSaysItIsNot(Path file) {
        Evaluation.assertReadOrFlagged(file);
        Evaluation.assertUnitsAsWritten(file);
    }

    /** （一）聚焦青少年群体，激发科学兴趣 / 1.…。（市教育局/市科协、市科技局）, the convention stated once. */
    @Test
    void themeHeadingsWithSlashBracketsAreItemsWithRoles() {
        Plan plan = parse("g-lingzhou-city-2021-2025.txt");
        ShippedPlans.assertRole(plan, "聚焦青少年群体，激发科学兴趣", 1, "市教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "聚焦青少年群体，激发科学兴趣", 1, "市科技局", Role.PARTICIPANT);
        // 市人力资源和社会保障局（以下简称“市人社局”）: one unit, named as the plan names it most
        ShippedPlans.assertRole(plan, "聚焦产业工人，助力制造强市", 1, "市人社局", Role.LEAD);
        assertTrue(plan.units().stream().anyMatch(u -> u.name().equals("市人社局") && u.spellings().contains("市人力资源和社会保障局")));
        ShippedPlans.assertRole(plan, "推进科普信息化建设", 2, "翎州日报社", Role.PARTICIPANT);
        assertEquals(3, ShippedPlans.item(plan, "完善科普基础设施").tasks().size(), "专栏2's 1.–3. are no tasks");
        assertTrue(plan.units().stream().anyMatch(u -> u.name().equals("各区、县人民政府")), "one collective, not 各区 and 县人民政府");
    }

    /** ——旗科协（牵头），旗教育体育局、旗乌兰牧骑; A、B（共同牵头）; a line of names alone answers. */
    @Test
    void aLineOfUnitsAfterADashHasTheirRoles() {
        Plan plan = parse("h-wulijitu-banner-2021-2025.txt");
        ShippedPlans.assertRole(plan, "民族科普资源开发工程", null, "旗乌兰牧骑", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "产业工人科学素质提升行动", null, "旗总工会", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 4, "团旗委", Role.RESPONSIBLE);
    }

    /** 第五条…第二十六条 are the tasks of the 节; 第十五条、第十六条由县民政局负责… gives those two articles. */
    @Test
    void aPlanInTheFormOfRegulationsHasArticlesAsTasks() {
        Plan plan = parse("j-changxi-2016-2020.txt");
        assertEquals(9, plan.items().size(), plan.items().toString());
        ShippedPlans.assertRole(plan, "社区居民科学素质行动", 15, "县民政局", Role.LEAD);
        ShippedPlans.assertRole(plan, "社区居民科学素质行动", 16, "县卫计局", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "社区居民科学素质行动", 17, "县卫计局", Role.RESPONSIBLE);
        ShippedPlans.assertRole(plan, "城镇劳动者科学素质行动", null, "县安监局", Role.PARTICIPANT);
    }

    /** A 重点领域 column merged over its rows names the items of a plan kept as one table. */
    @Test
    void aThemesColumnNamesTheItemsOfATable() {
        Plan plan = parse("i-yanquan-2026-task-list.html");
        assertEquals(10, plan.items().size(), plan.items().toString());
        assertEquals("infrastructure", ShippedPlans.item(plan, "聚焦科普阵地，完善设施网络").national());
        assertTrue(plan.units().stream().noneMatch(u -> u.name().contains("副区长") || u.name().endsWith("科")), plan.units().toString());
    }

    private static Plan parse(String name) {
        return ShippedPlans.parse(name, ShippedPlans.read(FOLDER.resolve(name)));
    }
}
