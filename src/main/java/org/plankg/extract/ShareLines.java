package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Mention;
import org.plankg.extract.Responsibilities.Statement;
import org.plankg.plan.Role;

/**
 * A 责任分工 block under a task: a label on its own, then one numbered line per unit with its share,
 * the verb opening the share giving the role — （1）旗教育体育局：牵头推进…；（2）旗科协：配合开展….
 * 负责 answers alone, takes part beside a lead, and leads those who take part where no one else does.
 */
final class ShareLines {

    private static final Pattern LABEL = Pattern.compile("^(?:责任分工|任务分工|分工|职责分工)[：:]$");
    private static final Pattern LINE = Pattern.compile("^(?:（\\d{1,2}）|\\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩])([^：:]{2,40})[：:](牵头|配合|协助|参与|协同|负责)");

    /** The block's statements, the paragraphs it took (its lines, and its label when alone) and the label's line. */
    record Block(List<Statement> statements, List<Text> paragraphs, int labelLine) {

        /** The paragraphs without the block: its lines out, and a label joined to a heading cut off it. */
        List<Text> without(List<Text> all) {
            List<Text> kept = new ArrayList<>();
            for (Text p : all) {
                if (paragraphs.contains(p)) continue;
                List<Text> lines = p.bySourceLine();
                boolean labelled = lines.size() > 1 && lines.get(lines.size() - 1).firstLine() == labelLine;
                kept.add(labelled ? Text.concat(lines.subList(0, lines.size() - 1)) : p);
            }
            return kept;
        }
    }

    private ShareLines() {
    }

    /** Whether a paragraph ends with a block's label on a line of its own (责任分工：, under a heading it was joined to). */
    static boolean isLabel(Text paragraph) {
        List<Text> lines = paragraph.bySourceLine();
        return !lines.isEmpty() && LABEL.matcher(lines.get(lines.size() - 1).norm().strip()).matches();
    }

    /** Whether a paragraph reads as one of a block's lines (（1）旗科协：配合…). */
    static boolean isLine(Text paragraph) {
        return LINE.matcher(paragraph.norm().strip()).lookingAt();
    }

    /** The first block in these paragraphs, or null. */
    static Block find(List<Text> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!isLabel(paragraphs.get(i))) continue;
            // the label is taken out with its lines only when it stands alone, not joined to a heading or task
            List<Text> taken = new ArrayList<>();
            if (LABEL.matcher(paragraphs.get(i).norm().strip()).matches()) taken.add(paragraphs.get(i));
            List<Mention> units = new ArrayList<>();
            List<String> verbs = new ArrayList<>();
            List<Text> quotes = new ArrayList<>();
            for (int k = i + 1; k < paragraphs.size(); k++) {
                Text line = paragraphs.get(k).strip();
                Matcher m = LINE.matcher(line.norm());
                if (!m.lookingAt()) break;
                List<Mention> named = new ArrayList<>();
                Text name = line.sub(m.start(1), m.end(1));
                // a name the grammar does not know stands alone before its colon (（3）旗乌兰牧骑：参与…)
                if (RoleClauses.names(name, named) < name.length() && UnitGrammar.listedName(name.norm()) == name.length()) {
                    named = new ArrayList<>(List.of(Responsibilities.mention(name, "")));
                }
                if (named.size() != 1 || named.get(0).name().length() != name.length()) break;
                units.add(named.get(0));
                verbs.add(m.group(2));
                quotes.add(line);
                taken.add(paragraphs.get(k));
            }
            if (units.isEmpty()) continue;
            boolean leads = verbs.contains("牵头");
            boolean helped = verbs.stream().anyMatch(v -> !v.equals("牵头") && !v.equals("负责"));
            List<Statement> statements = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                Role role = switch (verbs.get(u)) {
                    case "牵头" -> Role.LEAD;
                    case "负责" -> leads ? Role.PARTICIPANT : helped ? Role.LEAD : Role.RESPONSIBLE;
                    default -> Role.PARTICIPANT;
                };
                Mention roled = units.get(u).withRole(role);
                statements.add(role == Role.LEAD ? new Statement(quotes.get(u), List.of(roled), List.of(), true)
                        : new Statement(quotes.get(u), List.of(), List.of(roled), true));
            }
            Text label = paragraphs.get(i);
            return new Block(statements, taken, label.lines()[label.length() - 1]);
        }
        return null;
    }
}
