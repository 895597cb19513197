package org.plankg.extract;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;

/** PDF text from some producers carries radicals (⺠ for 民, Kangxi ⼈ for 人): they read as the ideographs. */
class RadicalFormsTest {

    @Test
    void radicalsReadAsTheIdeographsTheyStandFor() {
        String text = new String(ShippedPlans.read(java.nio.file.Path.of("src/test/resources/fixtures/bracketed-tasks.txt")), StandardCharsets.UTF_8);
        String radicals = text.replace("民", "⺠").replace("人", "⼈").replace("长", "⻓");
        Plan plan = ShippedPlans.parse("radicals.txt", radicals.getBytes(StandardCharsets.UTF_8));
        ShippedPlans.assertRole(plan, "农民科学素质提升行动", 1, "区农业农村局", Role.LEAD);
        ShippedPlans.assertRole(plan, "农民科学素质提升行动", 1, "各镇人民政府", Role.PARTICIPANT);
    }
}
