package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plankg.plan.Body.Function;
import org.plankg.plan.Body.Kind;
import org.plankg.extract.BodyDrafts.Draft;
import org.plankg.extract.BodyDrafts.Evidence;
import org.plankg.extract.BodyNames.Named;

/**
 * Reads what a body does, in the clauses it is the subject of: from its name (or 其…) to a clause
 * with another subject. 负责领导 makes it a leader, 监督/督查 a supervisor, 协调 a coordinator;
 * where none of these stands, 负责 makes it responsible.
 */
final class BodyDuties {

    private static final Pattern LEADS = Pattern.compile("负责领导(?!本辖区|辖区|本地区|当地)");
    private static final Pattern SUPERVISES = Pattern.compile("监督|督查|督促|督导");
    private static final Pattern COORDINATES = Pattern.compile("协调");
    private static final Pattern IN_CHARGE = Pattern.compile("负责(?!人|同志)");
    /** A clause whose subject is some other unit. */
    private static final Pattern FOREIGN = Pattern.compile("^(?:[区县市各]|国家|全国|中国|省|成员单位|牵头|责任单位|有关|相关)");

    private final BodyDrafts drafts;

    BodyDuties(BodyDrafts drafts) {
        this.drafts = drafts;
    }

    void read(Text s, List<Named> named) {
        String n = s.norm();
        Kind subject = null;
        for (int[] clause : clauses(n)) {
            int a = clause[0];
            while (a < clause[1] && Character.isWhitespace(n.charAt(a))) a++;
            Named opening = null;
            for (Named m : named) {
                if (m.start() >= a && m.start() < clause[1] && BodyNames.opensClause(n, a, m.start())) {
                    opening = m;
                    break;
                }
            }
            int from = a;
            if (opening != null) {
                subject = opening.kind();
                from = opening.end();
            } else if (n.startsWith("其", a)) {
                Named before = BodyNames.lastBefore(named, a);
                if (before != null) subject = before.kind();
            } else if (FOREIGN.matcher(n.substring(a, clause[1])).lookingAt()) {
                subject = null;
            }
            if (subject == null) continue;
            String text = n.substring(from, clause[1]).replaceAll("（[^）]*）?", "");
            Draft d = drafts.of(subject, s, from);
            Evidence evidence = Evidence.at(s, from);
            for (Function f : functions(text)) d.duties.putIfAbsent(f, evidence);
        }
    }

    private static List<Function> functions(String clause) {
        List<Function> found = new ArrayList<>();
        if (LEADS.matcher(clause).find()) found.add(Function.LEADER);
        if (SUPERVISES.matcher(clause).find()) found.add(Function.SUPERVISOR);
        if (COORDINATES.matcher(clause).find()) found.add(Function.COORDINATOR);
        if (found.isEmpty() && IN_CHARGE.matcher(clause).find()) found.add(Function.RESPONSIBLE);
        return found;
    }

    /** Clauses of a sentence, split at ，；and 。 outside brackets. */
    private static List<int[]> clauses(String n) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '（') depth++;
            else if (c == '）') depth = Math.max(0, depth - 1);
            else if (depth == 0 && (c == '，' || c == '；' || c == '。')) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < n.length()) out.add(new int[] {start, n.length()});
        return out;
    }
}
