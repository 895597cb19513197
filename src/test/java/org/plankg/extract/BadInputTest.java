package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;

/** Input that is not a plan is refused with a reason a user can act on. */
class BadInputTest {

    private final PlanParser parser = new PlanParser(ShippedPlans.VOCABULARY);

    @Test
    void emptyFile() {
        assertReason(new byte[0], "empty");
        assertReason("\n \n".getBytes(StandardCharsets.UTF_8), "empty");
    }

    @Test
    void binaryFile() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        assertReason(bytes, "not a text document");
    }

    @Test
    void proseWithoutPlanStructure() {
        String prose = "北京市丰台区人民政府办公室\n今天天气很好。区科协组织了一次科普活动，区教委参加。\n";
        assertReason(prose.getBytes(StandardCharsets.UTF_8), "no plan structure");
    }

    @Test
    void utf16IsNamed() {
        assertReason("（一）青少年科学素质提升行动".getBytes(StandardCharsets.UTF_16), "UTF-16");
    }

    /**
     * 丰台 l.59 `（一）实施青少年科学素质行动`, with markup from a web page around or inside its name: the
     * item keeps its name and its assignments (区教委 leads, l.75); a heading whose name cannot be
     * read is a warning and an unread line, never a silent loss.
     */
    @Test
    void markupInAnItemHeadingKeepsTheItemOrIsReported() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("data/plans/000_64d43a6d2d8e1f87.txt"));
        String heading = "（一）实施青少年科学素质行动";
        for (String marked : new String[] {"（一）实施<b>青少年</b>科学素质行动",
                "（一）<span style=\"color:red;font-weight:bold\">实施青少年科学素质行动</span>",
                "（一）实施青少年科学素质行动<img src=x onerror=\"alert(1)\">"}) {
            Plan plan = parser.parse("marked.txt", text.replace(heading, marked).getBytes(StandardCharsets.UTF_8));
            Item youth = plan.items().stream().filter(i -> "youth".equals(i.national())).findFirst().orElseThrow(
                    () -> new AssertionError("no youth action with " + marked));
            assertTrue(youth.name().equals("青少年科学素质行动"), youth.name());
            assertTrue(plan.assignments().stream().anyMatch(a -> a.item() != null && a.item().equals(youth) && a.unit().name().equals("区教委")
                    && a.role() == Role.LEAD && a.line() == 75), marked);
        }
        Plan unreadable = parser.parse("marked.txt", text.replace(heading,
                "（一）<script>alert(\"x\");</script>实施青少年科学素质行动").getBytes(StandardCharsets.UTF_8));
        assertTrue(unreadable.coverage().unreadLines().contains(59), unreadable.coverage().toString());
        assertTrue(unreadable.warnings().stream().map(unreadable::describe).anyMatch(w -> w.contains("marked.txt:59") && w.contains("heading")),
                unreadable.warnings().toString());
    }

    private void assertReason(byte[] bytes, String reason) {
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> parser.parse("bad.txt", bytes));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
