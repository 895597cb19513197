package org.plankg.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tasks of two plans matched by their text: a pair whose words overlap enough (Dice coefficient of
 * character bigrams, punctuation left out) is carried over, the most alike first; a task left of
 * the earlier plan is gone, one left of the later plan is new. Tasks move between items (安全生产
 * from the urban workers' action to the emergency project), so any task may match any other.
 * Between two plans of periods each task is carried over once; a year's work plan may carry out one
 * plan task in several of its own ({@code shared}), each matched to the plan task most like it.
 */
final class TaskMatches {

    /** How alike two tasks' texts must be to be one task carried over. */
    static final double CARRIED = 0.3;

    /** A task with where it stands in its plan's file ({@code source}: file:line). */
    record Task(String item, int number, String text, String source) {
    }

    /** One task's fate; the side it lacks is null. */
    record Match(String status, String fromItem, Integer fromTask, String fromText, String fromSource,
                 String toItem, Integer toTask, String toText, String toSource, Double similarity) {
    }

    private record Pair(int from, int to, double similarity) {
    }

    private TaskMatches() {
    }

    static List<Match> of(List<Task> from, List<Task> to, boolean shared) {
        List<Set<String>> fromGrams = from.stream().map(t -> bigrams(t.text())).toList();
        List<Set<String>> toGrams = to.stream().map(t -> bigrams(t.text())).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            for (int j = 0; j < to.size(); j++) {
                double s = dice(fromGrams.get(i), toGrams.get(j));
                if (s >= CARRIED) pairs.add(new Pair(i, j, s));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed().thenComparingInt(Pair::to).thenComparingInt(Pair::from));
        Integer[] fromOf = new Integer[to.size()];
        Double[] alike = new Double[to.size()];
        boolean[] taken = new boolean[from.size()];
        for (Pair p : pairs) {
            if ((taken[p.from()] && !shared) || fromOf[p.to()] != null) continue;
            taken[p.from()] = true;
            fromOf[p.to()] = p.from();
            alike[p.to()] = Math.round(p.similarity() * 100) / 100.0;
        }
        List<Match> out = new ArrayList<>();
        for (int j = 0; j < to.size(); j++) {
            Task t = to.get(j);
            if (fromOf[j] == null) {
                out.add(new Match("new", null, null, null, null, t.item(), t.number(), t.text(), t.source(), null));
            } else {
                Task f = from.get(fromOf[j]);
                out.add(new Match("carried", f.item(), f.number(), f.text(), f.source(), t.item(), t.number(), t.text(), t.source(), alike[j]));
            }
        }
        for (int i = 0; i < from.size(); i++) {
            Task f = from.get(i);
            if (!taken[i]) out.add(new Match("gone", f.item(), f.number(), f.text(), f.source(), null, null, null, null, null));
        }
        return out;
    }

    private static Set<String> bigrams(String text) {
        String letters = text.replaceAll("[\\p{P}\\p{S}\\s\\d]", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= letters.length(); i++) grams.add(letters.substring(i, i + 2));
        return grams;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String g : a) if (b.contains(g)) common++;
        return 2.0 * common / (a.size() + b.size());
    }
}
