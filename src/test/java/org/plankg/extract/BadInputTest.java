package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

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

    private void assertReason(byte[] bytes, String reason) {
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> parser.parse("bad.txt", bytes));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
