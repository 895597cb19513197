package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;

import org.plankg.extract.Responsibilities.Statement;

/**
 * Every responsibility statement of a run of text, whatever its form: labelled lists
 * ({@link Responsibilities}), then brackets that close a task or a sentence and hold unit lists with
 * or without cues, then — where neither is found — prose clauses that open with unit names and a
 * cue ({@link RoleClauses}). {@code firstLeads}: the document states that the first unit of a bare
 * list leads.
 */
final class Statements {

    private Statements() {
    }

    static List<Statement> find(Text text, boolean firstLeads) {
        return find(text, firstLeads, true);
    }

    /** As above; {@code ownTask}: the text is a task's, whose subject answers for it (团县委要依托…开展…). */
    static List<Statement> find(Text text, boolean firstLeads, boolean ownTask) {
        List<Statement> found = new ArrayList<>(Responsibilities.find(text, firstLeads));
        found.addAll(brackets(text, found, firstLeads));
        if (found.isEmpty()) {
            for (Text sentence : OrgStatements.sentences(text)) found.addAll(RoleClauses.prose(sentence, ownTask));
        }
        return found;
    }

    /** Whether a text states duties by a label, a bracket or a clause with a role cue (not a subject's 要 alone). */
    static boolean statesDuties(Text text) {
        List<Statement> labelled = Responsibilities.find(text, false);
        if (!labelled.isEmpty() || !brackets(text, labelled, false).isEmpty()) return true;
        return OrgStatements.sentences(text).stream().anyMatch(s -> !RoleClauses.prose(s, false).isEmpty());
    }

    /**
     * Whether a paragraph closes with a bracket that opens with a unit's name (…。（市教育局/市科协）,
     * （市教育局·市科协）): a task's units, in whatever form, wherever it stands.
     */
    static boolean closesWithUnits(Text paragraph) {
        String n = paragraph.norm().strip();
        if (n.endsWith("。")) n = n.substring(0, n.length() - 1);
        if (!n.endsWith("）")) return false;
        int depth = 0;
        for (int open = n.length() - 1; open >= 0; open--) {
            if (n.charAt(open) == '）') depth++;
            else if (n.charAt(open) == '（' && --depth == 0) {
                String inside = n.substring(open + 1, n.length() - 1);
                return inside.length() <= BRACKET_MAX && UnitGrammar.namePrefix(inside) > 0;
            }
        }
        return false;
    }

    /** The longest bracket of units looked at. */
    private static final int BRACKET_MAX = 120;

    /** Brackets standing at the end of a sentence, a line or the text, or after a full stop, that read as unit lists. */
    private static List<Statement> brackets(Text text, List<Statement> labelled, boolean firstLeads) {
        List<Statement> out = new ArrayList<>();
        String n = text.norm();
        for (int open = n.indexOf('（'); open >= 0; open = n.indexOf('（', open + 1)) {
            int close = closing(n, open);
            if (close < 0) break;
            if (n.substring(open, close).contains("：") || overlaps(text, open, labelled)) continue;
            boolean closesSentence = close + 1 >= n.length() || "。；".indexOf(n.charAt(close + 1)) >= 0
                    || text.lines()[close + 1] != text.lines()[close];
            boolean afterStop = open > 0 && "。；".indexOf(n.charAt(open - 1)) >= 0;
            if (!closesSentence && !afterStop) continue;
            Statement s = RoleClauses.bracket(text.sub(open, close + 1), text.sub(open + 1, close), firstLeads);
            if (s != null) {
                out.add(s);
                open = close;
            }
        }
        return out;
    }

    private static boolean overlaps(Text text, int at, List<Statement> statements) {
        int line = text.lines()[at];
        for (Statement s : statements) {
            String quote = s.quote().norm();
            if (!quote.isEmpty() && text.norm().indexOf(quote) <= at && text.norm().indexOf(quote) + quote.length() > at
                    && s.quote().lines().length > 0 && s.quote().firstLine() <= line) return true;
        }
        return false;
    }

    private static int closing(String n, int open) {
        int depth = 0;
        for (int i = open; i < n.length(); i++) {
            if (n.charAt(i) == '（') depth++;
            else if (n.charAt(i) == '）' && --depth == 0) return i;
        }
        return -1;
    }
}
