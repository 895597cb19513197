package org.plankg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.plankg.plan.Assignment;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.Task;

/** Prints what the reader made of a plan: items, tasks, assignments, warnings (a debugging aid). */
final class ShowPlan {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Plan plan = new PlanParser(ShippedPlans.VOCABULARY).parse(file.getFileName().toString(), Files.readAllBytes(file));
        System.out.println(plan.metadata().title() + " | " + plan.district() + " | " + plan.period());
        for (Item item : plan.items()) {
            System.out.println("ITEM " + item.ordinal() + " " + item.name() + " " + item.kind() + " " + item.national() + " @" + item.line());
            for (Task t : item.tasks()) System.out.println("   T" + t.number() + " @" + t.line() + " " + t.text().substring(0, Math.min(30, t.text().length())));
        }
        if (args.length > 1) {
            for (Assignment a : plan.assignments()) System.out.println("  A " + (a.item() == null ? "-" : a.item().name()) + "/" + a.task() + " " + a.unit().name() + " " + a.role().key() + " @" + a.line());
            plan.warnings().forEach(w -> System.out.println("  W " + plan.describe(w)));
        }
        System.out.println(plan.coverage().summary());
    }
}
