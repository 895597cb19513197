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
            "第(" + NUMBER + "(?:(?:项|条)?[、，和及至到—-]第?" + NUMBER + ")*)(?:项|条)(?:任务|工作)?");
    /** 以上两项由…, 上述3项任务由…: the tasks just before, counted back from the one the sentence closes. */
    private static final Pattern PRECEDING = Pattern.compile("(?:以上|上述|前)(两|" + NUMBER + ")(?:项|条)(?:任务|工作)?");
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")(?:项|条)?[至到—-]第?(" + NUMBER + ")");
    private static final Pattern ONE = Pattern.compile(NUMBER);

    /**
     * A part that names its tasks, with the units it gives them: by number ({@code tasks}), or as the
     * {@code preceding} tasks up to the one whose text holds it (0 when named by number).
     */
    record Referenced(List<Integer> tasks, int preceding, Statement statement) {
    }

    private TaskReferences() {
    }

    static List<Referenced> find(Text text) {
        List<Referenced> out = new ArrayList<>();
        String n = text.norm();
        for (Pattern form : List.of(REFERENCE, PRECEDING)) {
            Matcher reference = form.matcher(n);
            while (reference.find()) {
                if (!opensPart(n, reference.start())) continue;
                // 以上两项由X牵头，Y配合。: the part runs to the full stop, its clauses read together
                int end = form == PRECEDING ? sentenceEnd(n, reference.end()) : partEnd(n, reference.end());
                Text rest = text.sub(reference.end(), end);
                Text quote = text.sub(reference.start(), Math.min(end + 1, n.length()));
                for (Statement s : RoleClauses.prose(rest)) {
                    Statement statement = new Statement(quote, s.leads(), s.others(), s.split());
                    out.add(form == PRECEDING ? new Referenced(List.of(), number(reference.group(1)), statement)
                            : new Referenced(numbers(reference.group(1)), 0, statement));
                }
            }
        }
        return out;
    }

    /** The tasks a reference standing at {@code at} names (科普基础设施工程第2项任务), or none. */
    static List<Integer> namedAt(String n, int at) {
        Matcher reference = REFERENCE.matcher(n).region(at, n.length());
        return reference.lookingAt() ? numbers(reference.group(1)) : List.of();
    }

    /** The tasks every reference in a clause names, wherever it stands (牵头第2、5、24至26项，参与第1项). */
    static List<Integer> numbersIn(String clause) {
        List<Integer> out = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(clause);
        while (reference.find()) out.addAll(numbers(reference.group(1)));
        return out;
    }

    /** A reference in a clause: where it stands, and the tasks it names by number or counts back ({@code preceding}). */
    record Reference(int start, int end, List<Integer> tasks, int preceding, boolean all) {
    }

    /** 以上各项, 各项任务: every task before. */
    private static final Pattern EVERY = Pattern.compile("(?:以上|上述)各项(?:任务|工作)?|各项(?:任务|工作)|(?:以上|上述)(?:任务|工作)");

    /** The first reference in a clause, by number (第一、二项), counted back (以上三项) or to every task (以上各项); null when none. */
    static Reference firstIn(String clause) {
        Reference first = null;
        for (Pattern form : List.of(REFERENCE, PRECEDING, EVERY)) {
            Matcher m = form.matcher(clause);
            if (!m.find() || first != null && first.start() <= m.start()) continue;
            first = form == REFERENCE ? new Reference(m.start(), m.end(), numbers(m.group(1)), 0, false)
                    : form == PRECEDING ? new Reference(m.start(), m.end(), List.of(), number(m.group(1)), false)
                    : new Reference(m.start(), m.end(), List.of(), 0, true);
        }
        return first;
    }

    /** Whether a clause names tasks by number, whether or not the plan has them. */
    static boolean namesTasks(String clause) {
        return REFERENCE.matcher(clause).find();
    }

    /** Whether a statement read elsewhere is one of these parts, to be read here only. */
    static boolean refersToTasks(Text quote) {
        for (Pattern form : List.of(REFERENCE, PRECEDING)) {
            Matcher reference = form.matcher(quote.norm());
            if (reference.find() && opensPart(quote.norm(), reference.start())) return true;
        }
        return false;
    }

    /** A reference opens a part of the sentence, not a phrase inside it (完成第2项目标). */
    private static boolean opensPart(String n, int at) {
        int before = at;
        while (before > 0 && (n.charAt(before - 1) == ' ' || n.charAt(before - 1) == '　')) before--;
        return before == 0 || "。；：".indexOf(n.charAt(before - 1)) >= 0
                || n.substring(Math.max(0, before - 2), before).matches(".*(?:其中|另外|此外)$");
    }

    private static int sentenceEnd(String n, int from) {
        int stop = n.indexOf('。', from);
        return stop < 0 ? n.length() : stop;
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
        if (written.equals("两")) return 2;
        return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written) : PlanLayout.chineseNumber(written);
    }
}
