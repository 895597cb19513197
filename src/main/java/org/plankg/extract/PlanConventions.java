package org.plankg.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.plankg.plan.Role;

/**
 * What a plan states once and its reading applies throughout: the roles its legend gives marks
 * and bold type ({@link Marks}), per source line the names it sets in bold, the unit codes of its
 * code table ({@link UnitCodes}), the short names it introduces ({@link ShortNames}) and its
 * places, which its own institutions' names open with ({@link UnitGrammar}), and whether its brackets
 * of bare names list units that take part ({@link DefaultLead}). Set for the reading of one plan, on its thread, so that the many small readers need not pass it along.
 */
record PlanConventions(Map<Character, Role> marks, Map<Integer, Set<String>> boldNames, Map<String, String> codes,
                       Map<String, List<String>> shortNames, List<String> places, boolean bracketsTakePart) {

    private static final PlanConventions NONE = new PlanConventions(Map.of(), Map.of(), Map.of(), Map.of(), List.of(), false);
    private static final ThreadLocal<PlanConventions> CURRENT = ThreadLocal.withInitial(() -> NONE);

    /** The conventions of the plan being read on this thread; none outside a reading. */
    static PlanConventions current() {
        return CURRENT.get();
    }

    /** Runs {@code reading} under these conventions. */
    <T> T apply(Supplier<T> reading) {
        CURRENT.set(this);
        try {
            return reading.get();
        } finally {
            CURRENT.remove();
        }
    }
}
