package org.plankg.extract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
final class WrapDiff {
    public static void main(String[] a) {
        Path file = Path.of(a[0]);
        int w = Integer.parseInt(a[1]);
        Plan o = ShippedPlans.parse(file.toString(), ShippedPlans.read(file));
        String text = new String(ShippedPlans.read(file), StandardCharsets.UTF_8);
        Plan v = ShippedPlans.parse(file.toString(), TextVariantsTest.wrapped(text, w).getBytes(StandardCharsets.UTF_8));
        diff("items", o.items().stream().map(i -> i.name() + "/" + i.tasks().size()).toList(), v.items().stream().map(i -> i.name() + "/" + i.tasks().size()).toList());
        diff("assign", o.assignments().stream().map(x -> (x.item() == null ? "-" : x.item().name()) + "/" + x.task() + "/" + x.unit().name() + "/" + x.role()).toList(),
             v.assignments().stream().map(x -> (x.item() == null ? "-" : x.item().name()) + "/" + x.task() + "/" + x.unit().name() + "/" + x.role()).toList());
        diff("bodies", SteeringBodiesTest.summary(o), SteeringBodiesTest.summary(v));
    }
    static void diff(String what, List<String> x, List<String> y) {
        for (String s : x) if (!y.contains(s)) System.out.println(what + " - " + s);
        for (String s : y) if (!x.contains(s)) System.out.println(what + " + " + s);
    }
}
