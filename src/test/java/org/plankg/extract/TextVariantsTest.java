package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;

/**
 * The same plan as published in other forms — hard-wrapped, with half-width punctuation, with
 * CRLF and a BOM, in GB18030 — gives the same assignments, items, targets and steering bodies.
 */
class TextVariantsTest {

    static List<Path> plans() {
        return ShippedPlans.files();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void hardWrappedAtThirtyColumns(Path file) {
        assertSameAs(file, wrapped(text(file), 30).getBytes(StandardCharsets.UTF_8));
    }

    /** Other widths put numbers (新华 194|9、) and footnote markers (|⁶（以下简称…) at line starts. */
    static Stream<Arguments> plansAndWidths() {
        return plans().stream().flatMap(p -> Stream.of(8, 17, 33, 47).map(w -> Arguments.of(p, w)));
    }

    @ParameterizedTest
    @MethodSource("plansAndWidths")
    void hardWrappedAtOtherWidths(Path file, int columns) {
        assertSameAs(file, wrapped(text(file), columns).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void withoutBlankLinesAndWithIndentedLines(Path file) {
        String noBlank = text(file).replaceAll("\n\\s*\n", "\n").replace("\n", "\n\u3000\u3000");
        assertSameAs(file, noBlank.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void withHalfWidthPunctuation(Path file) {
        UnaryOperator<String> halfWidth = s -> s.replace('，', ',').replace('：', ':').replace('；', ';')
                .replace('（', '(').replace('）', ')');
        assertSameAs(file, halfWidth.apply(text(file)).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void withHalfWidthStopsAndFullWidthDigits(Path file) {
        UnaryOperator<String> halfWidth = s -> s.replace('。', '.').replace('，', ',').replace('：', ':')
                .replace('；', ';').replace('（', '(').replace('）', ')').replace("1.", "１．");
        assertSameAs(file, halfWidth.apply(text(file)).getBytes(StandardCharsets.UTF_8));
    }

    /** Every district name replaced by an invented one: the same assignments, modulo the name. */
    @ParameterizedTest
    @MethodSource("plans")
    void withTheDistrictRenamed(Path file) {
        Plan original = ShippedPlans.parse(file.toString(), ShippedPlans.read(file));
        String shortName = original.district().name().substring(0, original.district().name().length() - 1);
        byte[] renamed = text(file).replace(shortName, "云岭").getBytes(StandardCharsets.UTF_8);
        Plan other = ShippedPlans.parse(file.toString(), renamed);
        assertEquals("云岭" + original.district().name().substring(shortName.length()), other.district().name());
        assertEquals(facts(original), facts(other).stream().map(f -> f.replace("云岭", shortName)).toList());
        assertEquals(original.units().stream().map(u -> u.name() + "/" + u.category()).toList(),
                other.units().stream().map(u -> u.name().replace("云岭", shortName) + "/" + u.category()).toList());
    }

    @ParameterizedTest
    @MethodSource("plans")
    void withCrlfAndByteOrderMark(Path file) {
        String crlf = "\uFEFF" + text(file).replace("\n", "\r\n");
        assertSameAs(file, crlf.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void inGb18030(Path file) {
        assertSameAs(file, text(file).getBytes(Charset.forName("GB18030")));
    }

    private static void assertSameAs(Path file, byte[] variant) {
        Plan original = ShippedPlans.parse(file.toString(), ShippedPlans.read(file));
        Plan other = ShippedPlans.parse(file.toString(), variant);
        assertFalse(original.assignments().isEmpty());
        assertEquals(original.district(), other.district());
        assertEquals(original.metadata().documentNumber(), other.metadata().documentNumber());
        assertEquals(original.metadata().issued(), other.metadata().issued());
        assertEquals(original.period(), other.period());
        assertEquals(summary(original.items()), summary(other.items()));
        assertEquals(original.targets().stream().map(t -> t.year() + ":" + t.value()).toList(),
                other.targets().stream().map(t -> t.year() + ":" + t.value()).toList());
        assertEquals(facts(original), facts(other));
        assertEquals(SteeringBodiesTest.summary(original), SteeringBodiesTest.summary(other), "steering bodies");
    }

    private static List<String> summary(List<Item> items) {
        return items.stream().map(i -> i.name() + "/" + i.kind() + "/" + i.national() + "/" + i.tasks().size()).toList();
    }

    /** Assignments with their quotes, punctuation folded (a half-width quote is still the same quote). */
    private static List<String> facts(Plan plan) {
        return plan.assignments().stream()
                .map(a -> (a.item() == null ? "-" : a.item().name()) + "/" + a.task() + "/" + a.unit().name()
                        + "/" + a.unit().category() + "/" + a.role() + "/" + Text.fold(a.quote()))
                .toList();
    }

    private static String text(Path file) {
        return new String(ShippedPlans.read(file), StandardCharsets.UTF_8);
    }

    static String wrapped(String text, int columns) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int at = 0;
            do {
                int end = Math.min(line.length(), at + columns);
                out.append(line, at, end).append('\n');
                at = end;
            } while (at < line.length());
        }
        return out.toString();
    }
}
