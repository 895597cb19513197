package org.plankg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Notes at the foot of a page that give a task its units (…科技辅导员。① / —————— / ① 牵头单位：区教委；
 * 配合单位：区科协), numbered afresh on each page: each is put where its mark stands, in brackets, so that
 * the task states its units as a bracket would; notes that explain a term are left where they are read
 * as nothing. The note's characters keep their own lines.
 */
final class Footnotes {

    private static final String MARKS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final Pattern RULE = Pattern.compile("^[—－\\-_]{6,}$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－]+ ?\\d{1,3} ?[-—–－]+$");
    /** A note that states units, as a task's bracket does. */
    private static final Pattern STATES_UNITS = Pattern.compile("(?:单位|部门)：");

    private Footnotes() {
    }

    /** The lines with each note that states units moved to its mark; unchanged when there are no such notes. */
    static List<Text> placed(List<Text> lines) {
        List<Text> out = new ArrayList<>(lines);
        List<int[]> marks = new ArrayList<>(); // line index, position of marks seen since the last notes
        for (int i = 0; i < out.size(); i++) {
            String n = out.get(i).norm().strip();
            if (RULE.matcher(n).matches() && i + 1 < out.size() && startsNote(out.get(i + 1))) {
                int end = notes(out, i + 1, marks);
                marks.clear();
                i = end - 1;
                continue;
            }
            String raw = out.get(i).norm();
            int first = 0;
            while (first < raw.length() && Character.isWhitespace(raw.charAt(first))) first++;
            for (int k = first + 1; k < raw.length(); k++) {
                if (MARKS.indexOf(raw.charAt(k)) >= 0) marks.add(new int[] {i, k});
            }
        }
        return out;
    }

    private static boolean startsNote(Text line) {
        String n = line.norm().strip();
        return !n.isEmpty() && MARKS.indexOf(n.charAt(0)) >= 0;
    }

    /** Reads the notes from {@code from}, puts those that state units at their marks, blanks them; returns where they end. */
    private static int notes(List<Text> lines, int from, List<int[]> marks) {
        Map<Character, List<Text>> notes = new HashMap<>();
        Character current = null;
        int i = from;
        for (; i < lines.size(); i++) {
            Text line = lines.get(i).strip();
            String n = line.norm();
            if (n.isEmpty() || PAGE_NUMBER.matcher(n).matches()) break;
            if (MARKS.indexOf(n.charAt(0)) >= 0) {
                current = n.charAt(0);
                notes.put(current, new ArrayList<>(List.of(line.sub(1).strip())));
            } else if (current != null) {
                notes.get(current).add(line);
            } else {
                break;
            }
        }
        // the marks of this page, last first, so that positions on a line stay good
        for (int m = marks.size() - 1; m >= 0; m--) {
            int[] mark = marks.get(m);
            Text line = lines.get(mark[0]);
            List<Text> note = notes.get(line.norm().charAt(mark[1]));
            if (note == null) continue;
            Text body = Text.concat(note);
            if (!STATES_UNITS.matcher(body.norm()).find()) continue;
            int at = line.lines()[mark[1]];
            lines.set(mark[0], Text.concat(List.of(line.sub(0, mark[1]), Text.line("（", at), body, Text.line("）", at), line.sub(mark[1] + 1))));
        }
        for (int k = from - 1; k < i; k++) lines.set(k, Text.line("", lines.get(k).firstLine()));
        return i;
    }
}
