package org.plankg.question;

import java.util.Comparator;
import java.util.List;

/** The known names closest to one that was not found: containing it or contained in it first, then by edit distance. */
public final class Suggestions {

    private static final int MAX = 5;

    private Suggestions() {
    }

    public static List<String> closest(String wanted, List<String> known) {
        return known.stream().distinct()
                .sorted(Comparator.comparingInt((String k) -> k.contains(wanted) || wanted.contains(k) ? 0 : 1)
                        .thenComparingInt(k -> distance(wanted, k))
                        .thenComparing(k -> k))
                .limit(MAX).toList();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
