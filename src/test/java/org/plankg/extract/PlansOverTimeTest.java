package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.PlanMetadata;
import org.plankg.plan.Role;

/**
 * Plans of one district over time (fixtures/periods, written and annotated by a helper who never
 * saw the reader): 2016–2020 plans under the earlier outline and annual work plans
 * (工作要点, 工作计划), whose headings are verb phrases and whose tasks carry their units in a
 * bracket or on a line of their own. The first reading of these, before the reader was changed for
 * them, was items F1 0.91, tasks F1 0.88, with the 2023 work points read at 0.27 / 0.30 and not
 * flagged.
 */
class PlansOverTimeTest {

    private static final Path FOLDER = Path.of("src/test/resources/fixtures/periods");

    static Stream<Path> plans() {
        return Evaluation.annotated(FOLDER).stream();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void isReadAsAnnotatedOrSaysItIsNot(Path file) {
        Evaluation.assertReadOrFlagged(file);
    }

    /** Each plan's kind, period or year and the outline it carries out, as its title and years say. */
    @Test
    void plansOfEitherOutlineAndKindSayWhichTheyAre() {
        PlanMetadata earlier = parse("b-2016-2020.txt").metadata();
        assertEquals(PlanMetadata.Kind.IMPLEMENTATION, earlier.kind());
        assertEquals(2016, earlier.startYear());
        assertEquals(2020, earlier.endYear());
        assertEquals("2006", earlier.outline());
        PlanMetadata points = parse("a-2023-work-points.txt").metadata();
        assertEquals(PlanMetadata.Kind.WORK_PLAN, points.kind());
        assertEquals(2023, points.startYear());
        assertEquals(2023, points.endYear());
        assertEquals("2021", points.outline());
        assertEquals("芷湾区全民科学素质工作领导小组办公室", points.issuer());
    }

    /** 原区文广新局承担的有关职责由区文化和旅游局承担, stated once in a note after the projects. */
    @Test
    void aReformThePlanStatesIsRead() {
        Plan plan = parse("a-2021-2025.html");
        assertEquals(1, plan.reforms().size(), plan.reforms().toString());
        assertEquals("区文广新局", plan.reforms().get(0).before());
        assertEquals("区文化和旅游局", plan.reforms().get(0).after());
        assertTrue(plan.reforms().get(0).quote().startsWith("本方案涉及的部门名称均按机构改革后名称表述"), plan.reforms().toString());
        assertEquals(java.util.List.of(), parse("a-2016-2020.txt").reforms(), "组建社区科普志愿者队伍 is no reform");
    }

    /** The local plan a plan carries out: a district's plan its city's, a work plan its district's; national documents are not counted. */
    @Test
    void theLocalPlanAPlanCarriesOutIsItsCitation() {
        assertEquals("汀栎市全民科学素质行动规划纲要实施方案（2021—2025年）", parse("a-2021-2025.html").metadata().cites());
        assertEquals("芷湾区全民科学素质行动规划纲要实施方案（2021—2025年）", parse("a-2023-work-points.txt").metadata().cites());
        assertEquals(null, parse("b-2016-2020.txt").metadata().cites());
    }

    /** A 2016–2020 plan's items align to the earlier outline: 社区科普益民工程, a project, to its community action. */
    @Test
    void earlierPlansAlignToTheEarlierOutline() {
        Plan plan = parse("a-2016-2020.txt");
        assertEquals("e-youth", ShippedPlans.item(plan, "青少年科学素质行动").national());
        assertEquals("e-urban-workers", ShippedPlans.item(plan, "城镇劳动者科学素质行动").national());
        assertEquals("e-community", ShippedPlans.item(plan, "社区科普益民工程").national());
        assertEquals(Item.Kind.PROJECT, ShippedPlans.item(plan, "社区科普益民工程").kind());
        assertEquals("e-media", ShippedPlans.item(plan, "大众传媒科技传播能力建设工程").national());
        assertEquals("https://w3id.org/plankg/def/outline-2006/e-youth", new org.plankg.vocab.Iris("http://localhost:8080/").outline("e-youth"));
    }

    /** 二、提升农民科学素质 / 5.…（责任单位：区农业农村局、区人社局、各镇（街道）), first named leads as stated once. */
    @Test
    void workPointsHeadingsWithTasksAndUnitsAreItems() {
        Plan plan = parse("a-2023-work-points.txt");
        Item farmers = ShippedPlans.item(plan, "提升农民科学素质");
        assertEquals(Item.Kind.ACTION, farmers.kind());
        assertEquals("farmers", farmers.national());
        ShippedPlans.assertRole(plan, "提升农民科学素质", 5, "区农业农村局", Role.LEAD);
        ShippedPlans.assertRole(plan, "提升农民科学素质", 5, "区人社局", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "助力老年人融入智慧社会", 11, "区民政局", Role.LEAD);
        assertEquals("elderly", ShippedPlans.item(plan, "助力老年人融入智慧社会").national());
        ShippedPlans.assertRole(plan, "推进数字科普建设", 17, "区委网信办", Role.LEAD);
        ShippedPlans.assertRole(plan, "推进数字科普建设", 17, "区委宣传部", Role.LEAD);
        ShippedPlans.assertRole(plan, "推进数字科普建设", 17, "区市场监管局", Role.PARTICIPANT);
        // neither an action nor a project, and aligned to nothing, but its tasks have their units
        Item coordination = ShippedPlans.item(plan, "加强统筹协调");
        assertEquals(Item.Kind.OTHER, coordination.kind());
        assertEquals(null, coordination.national());
        ShippedPlans.assertRole(plan, "加强统筹协调", 25, "区科协", Role.LEAD);
        assertTrue(plan.items().stream().noneMatch(i -> i.name().contains("工作保障")), "九、强化工作保障 has no tasks");
    }

    /** 责任单位：区科协、区教育局（牵头） / 完成时限：…: the suffix leads, the list ends before the next field. */
    @Test
    void aUnitLineEndsWhereTheNextFieldBegins() {
        Plan plan = parse("b-2022-work-plan.txt");
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "区教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "区科技局", Role.PARTICIPANT);
        // 责任单位：区妇联；完成时限：全年 on one line
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 4, "区妇联", Role.RESPONSIBLE);
        assertTrue(plan.units().stream().noneMatch(u -> u.name().contains("完成时限") || u.name().contains("（") != u.name().contains("）")),
                plan.units().toString());
    }

    /** 第1项由区科协牵头，区发改局、区财政局参与；…；第3项由区教育局牵头，区科协参与。 after the tasks. */
    @Test
    void dutiesGivenToTasksByNumberBelongToThoseTasks() {
        Plan plan = parse("a-2016-2020.txt");
        ShippedPlans.assertRole(plan, "科普基础设施工程", 1, "区发改局", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "科普基础设施工程", 3, "区教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "科普基础设施工程", 3, "区科协", Role.PARTICIPANT);
        assertTrue(plan.assignments().stream().noneMatch(a -> a.item() != null && a.item().name().equals("科普基础设施工程") && a.task() == null),
                "the item as a whole is given to no one");
    }

    /** A part of tasks with units that is not read as an item leaves its unit lists unread, and the plan says so. */
    @Test
    void unitListsUnderAHeadingNotReadAsAnItemAreFlagged() {
        String text = """
                柏溪区人民政府办公室关于印发《柏溪区全民科学素质行动规划纲要实施方案（2021—2025年）》的通知

                一、提升行动

                （一）青少年科学素质提升行动

                1.开展科学教育。（牵头单位：区教育局；配合单位：区科协）

                2.举办科技竞赛。（牵头单位：区科协；配合单位：区教育局）

                （二）农民科学素质提升行动

                1.培育高素质农民。（牵头单位：区农业农村局；配合单位：区科协）

                2.开展科技下乡。（牵头单位：区科协；配合单位：区农业农村局）

                二、其他工作

                1.组织科普日活动。（责任单位：区科协、区文化和旅游局）

                2.开展科普讲座。（责任单位：区科协、区融媒体中心）
                """;
        Plan plan = ShippedPlans.parse("other-work.txt", text.getBytes(StandardCharsets.UTF_8));
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "区教育局", Role.LEAD);
        assertFalse(plan.coverage().incomplete().isEmpty(), "the unread lists under 二、其他工作 are told");
        assertTrue(plan.coverage().incomplete().stream().anyMatch(r -> r.contains("gave no assignment")), plan.coverage().incomplete().toString());
    }

    private static Plan parse(String name) {
        return ShippedPlans.parse(name, ShippedPlans.read(FOLDER.resolve(name)));
    }
}
