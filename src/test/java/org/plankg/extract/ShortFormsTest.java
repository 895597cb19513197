package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;
import org.plankg.plan.Task;

/** Forms too small for a plan of their own, each in a short plan written for the test (a fictional county). */
class ShortFormsTest {

    private static Plan plan(String body) {
        String text = "云岭县人民政府办公室关于印发《云岭县全民科学素质行动规划纲要实施方案（2021—2025年）》的通知\n"
                + "云政办〔2022〕3号\n各乡镇人民政府：\n现将《云岭县全民科学素质行动规划纲要实施方案（2021—2025年）》印发给你们。\n"
                + "云岭县人民政府办公室\n2022年3月1日\n" + body;
        return ShippedPlans.parse("short.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sections 1. 2. with tasks 1.1, 1.2: the tasks are the decimal parts, numbered by their second number. */
    @Test
    void decimalNumberingGivesTasks() {
        Plan plan = plan("""
                1.青少年科学素质提升行动
                1.1开展科学家精神进校园活动。（牵头：县教育局；参与：县科协、团县委）
                1.2举办青少年科技创新大赛。（牵头：县科协；参与：县教育局）
                2.农民科学素质提升行动
                2.1实施高素质农民培育计划。（牵头：县农业农村局；参与：县科协）
                """);
        Item youth = ShippedPlans.item(plan, "青少年科学素质提升行动");
        assertEquals(List.of(1, 2), youth.tasks().stream().map(Task::number).toList());
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "县教育局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", 1, "团县委", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "农民科学素质提升行动", 1, "县农业农村局", Role.LEAD);
    }

    /** （以上工作由X牵头，Y、Z按职责分工负责）after an item's tasks: X leads the item, Y and Z take part. */
    @Test
    void aClosingBracketForTheWholeItem() {
        Plan plan = plan("""
                一、重点任务
                （一）老年人科学素质提升行动
                1.开展智能技术培训。
                2.开展老年健康科普。
                （以上工作由县卫生健康局牵头，县民政局、县科协按职责分工负责）
                （二）科普基础设施工程
                1.建设县科技馆。
                2.建设科普教育基地。
                （以上工作由县科协牵头，县发展和改革局按职责分工负责）
                """);
        ShippedPlans.assertRole(plan, "老年人科学素质提升行动", null, "县卫生健康局", Role.LEAD);
        ShippedPlans.assertRole(plan, "老年人科学素质提升行动", null, "县民政局", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "科普基础设施工程", null, "县发展和改革局", Role.PARTICIPANT);
    }

    /** A 职责分工 section written unit by unit: each unit has the role its cue gives in every item it names. */
    @Test
    void aDivisionOfLabourWrittenUnitByUnit() {
        Plan plan = plan("""
                一、重点任务
                （一）青少年科学素质提升行动
                1.开展科学家精神进校园活动。
                （二）农民科学素质提升行动
                1.实施高素质农民培育计划。
                （三）科普基础设施工程
                1.建设县科技馆。
                二、职责分工
                县科协：牵头负责青少年科学素质提升行动、科普基础设施工程；参与农民科学素质提升行动。
                县农业农村局：牵头负责农民科学素质提升行动。
                县教育局：配合做好青少年科学素质提升行动。
                """);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", null, "县科协", Role.LEAD);
        ShippedPlans.assertRole(plan, "科普基础设施工程", null, "县科协", Role.LEAD);
        ShippedPlans.assertRole(plan, "农民科学素质提升行动", null, "县科协", Role.PARTICIPANT);
        ShippedPlans.assertRole(plan, "农民科学素质提升行动", null, "县农业农村局", Role.LEAD);
        ShippedPlans.assertRole(plan, "青少年科学素质提升行动", null, "县教育局", Role.PARTICIPANT);
    }
}
