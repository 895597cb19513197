package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Statement;

/**
 * Duties an item gives its tasks by their numbers, in a sentence after them:
 * {@code 第1项由区科协牵头，区发改局参与；第2、3项由区教育局负责。} Each part, up to the next
 * {@code ；} or {@code 。}, is read as prose and belongs to the tasks it names (第1至3项: 1, 2 and 3).
 */
final class TaskReferences {

    private static final String NUMBER = "[0-9一二三四五六七八九十]+";
    private static final Pattern REFERENCE = Pattern.compile(
            "第(" + NUMBER + "(?:[、，和及至到—-]第?" + NUMBER + ")*)(?:项|条)(?:任务|工作)?");
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")[至到—-]第?(" + NUMBER + ")");
    private static final Pattern ONE = Pattern.compile(NUMBER);

    /** A part that names its tasks, with the units it gives them. */
    record Referenced(List<Integer> tasks, Statement statement) {
    }

    private TaskReferences() {
    }

    static List<Referenced> find(Text text) {
        List<Referenced> out = new ArrayList<>();
        String n = text.norm();
        Matcher reference = REFERENCE.matcher(n);
        while (reference.find()) {
            if (!opensPart(n, reference.start())) continue;
            int end = partEnd(n, reference.end());
            Text rest = text.sub(reference.end(), end);
            Text quote = text.sub(reference.start(), Math.min(end + 1, n.length()));
            for (Statement s : RoleClauses.prose(rest)) {
                out.add(new Referenced(numbers(reference.group(1)), new Statement(quote, s.leads(), s.others(), s.split())));
            }
        }
        return out;
    }

    /** Whether a statement read elsewhere is one of these parts, to be read here only. */
    static boolean refersToTasks(Text quote) {
        Matcher reference = REFERENCE.matcher(quote.norm());
        return reference.find() && opensPart(quote.norm(), reference.start());
    }

    /** A reference opens a part of the sentence, not a phrase inside it (完成第2项目标). */
    private static boolean opensPart(String n, int at) {
        int before = at;
        while (before > 0 && (n.charAt(before - 1) == ' ' || n.charAt(before - 1) == '　')) before--;
        return before == 0 || "。；：".indexOf(n.charAt(before - 1)) >= 0
                || n.substring(Math.max(0, before - 2), before).matches(".*(?:其中|另外|此外)$");
    }

    private static int partEnd(String n, int from) {
        for (int i = from; i < n.length(); i++) {
            if (n.charAt(i) == '；' || n.charAt(i) == '。') return i;
        }
        return n.length();
    }

    private static List<Integer> numbers(String written) {
        List<Integer> out = new ArrayList<>();
        Matcher range = RANGE.matcher(written);
        int done = 0;
        while (range.find()) {
            addAll(out, written.substring(done, range.start()));
            for (int i = number(range.group(1)); i <= number(range.group(2)) && i > 0; i++) out.add(i);
            done = range.end();
        }
        addAll(out, written.substring(done));
        return out;
    }

    private static void addAll(List<Integer> out, String written) {
        Matcher one = ONE.matcher(written);
        while (one.find()) out.add(number(one.group()));
    }

    private static int number(String written) {
        return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written) : PlanLayout.chineseNumber(written);
    }
}
