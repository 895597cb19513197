package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.plankg.vocab.Vocabulary;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.Role;

/** The plans shipped in data/plans, parsed once per test run, looked up by district. */
public final class ShippedPlans {

    static final Path FOLDER = Path.of("data/plans");
    static final Vocabulary VOCABULARY = Vocabulary.load();
    private static final Map<String, Plan> BY_DISTRICT = new ConcurrentHashMap<>();

    private ShippedPlans() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Plan plan(String district) {
        if (BY_DISTRICT.isEmpty()) {
            for (Path file : files()) {
                Plan plan = parse(file.toString(), read(file));
                BY_DISTRICT.put(plan.district().name(), plan);
            }
        }
        Plan plan = BY_DISTRICT.get(district);
        if (plan == null) fail("no shipped plan of " + district + "; have " + BY_DISTRICT.keySet());
        return plan;
    }

    /** A plan file read as the service reads it, named by its file name. */
    static Plan parse(Path file) {
        return parse(file.getFileName().toString(), read(file));
    }

    static Plan parse(String source, byte[] bytes) {
        try {
            return new PlanParser(VOCABULARY).parse(source, bytes);
        } catch (PlanFormatException e) {
            throw new AssertionError(source + ": " + e.getMessage(), e);
        }
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Item item(Plan plan, String name) {
        return plan.items().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(plan.district().name() + " has no item " + name + "; items: "
                        + plan.items().stream().map(Item::name).toList()));
    }

    /** Asserts that the unit has the role on the item (task null: the item itself) in the plan. */
    static void assertRole(Plan plan, String itemName, Integer task, String unit, Role role) {
        Item item = itemName == null ? null : item(plan, itemName);
        boolean found = plan.assignments().stream().anyMatch(a -> a.item() == item
                && java.util.Objects.equals(a.task(), task) && a.unit().name().equals(unit) && a.role() == role);
        assertTrue(found, plan.district().name() + ": expected " + unit + " " + role + " of "
                + (itemName == null ? "the plan" : itemName) + (task == null ? "" : " task " + task)
                + "; found there: " + plan.assignments().stream()
                .filter(a -> a.item() == item && java.util.Objects.equals(a.task(), task))
                .map(a -> a.unit().name() + "/" + a.role().key()).toList());
    }
}
