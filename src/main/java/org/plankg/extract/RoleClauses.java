package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Responsibilities.Mention;
import org.plankg.extract.Responsibilities.Statement;
import org.plankg.plan.Role;

/**
 * Reads responsibility that is written as clauses rather than labels: a bracket closing a task
 * ({@code （市科协牵头，市教育局、团市委配合）}, {@code （县科协、县教育局、团县委）}) and sentences of a
 * task's prose ({@code 由县科协负责}, {@code 县教育局会同县科协、团县委组织开展…},
 * {@code 县卫生健康局、县应急管理局分别负责…}). A clause is a list of unit names followed by a role cue
 * (the cues are {@link #CUES}); a bare list takes its roles from the document's stated convention
 * (first listed leads) or, without one, is responsible. Nothing is read from a bracket unless every
 * list in it is names, nor from a sentence unless it opens with names.
 */
final class RoleClauses {

    /** Role cues after a list of names, by role. */
    private static final Pattern LEAD_CUE = Pattern.compile("^(?:等(?:单位|部门))?（?(?:共同)?(?:牵头|主责|牵总|抓总|负总责)");
    private static final Pattern PARTICIPANT_CUE = Pattern.compile(
            "^(?:等(?:单位|部门)?(?:（单位）)?)?(?:按职责分工|按照职责分工|按职责)?(?:(?:共同|等)?(?:配合|参与|参加|协办|协同|协助|支持)|(?:共同|协同)(?:推进|实施|落实|开展|完成|做好)|抓好落实|做好配合)");
    private static final Pattern RESPONSIBLE_CUE = Pattern.compile("^(?:等(?:单位|部门))?(?:按职责分工|按照职责分工|按职责|具体|分别|共同|各自|负责)?负责(?!人)");
    private static final Pattern WITH = Pattern.compile("^(?:会同|联合|协调)");
    /** What may stand between a subject and its duty (县教育局要会同…, 团县委要依托…). */
    private static final Pattern MODAL = Pattern.compile("(?:等(?:单位|部门))?(?:分别|共同)?(?:要|应当|应|须|必须|将)");
    static final String CUES = "牵头 主责 配合 参与 参加 协办 协同 协助 负责 分别负责 会同";
    /** 以下…排在首位的单位为牵头单位 / 列第一位的为牵头单位: a document's rule for bare lists. */
    static final Pattern FIRST_LEADS = Pattern.compile("(?:首位|第一位|排名第一|排在第一|列第一|第一个|排序第一|位列第一)[^。；]{0,12}?(?:为|是)牵头");
    private static final Pattern INTRO = Pattern.compile(
            "^(?:并|同时|主要|其中|(?:以上|上述|此项|该项|本项|本|该|此)?(?:各项)?(?:工作|行动|工程|任务)?由|责任单位为|责任部门为|(?:以上|上述)(?:各项)?(?:工作|任务)：)+");
    /** What may close a list of names standing alone: 等单位, a stop. */
    private static final Pattern BARE_END = Pattern.compile("^(?:等(?:单位|部门)?)?[。；]?$");
    /** A role named as a kind of unit: 牵头部门为X, X为责任单位, 本行动协同部门为Y. */
    private static final String ROLE_UNIT = "(牵头|主责|责任|配合|协同|参与|协办|协助)(?:单位|部门|主体)";
    private static final Pattern ROLE_IS = Pattern.compile("^(?:(?:本|该|此)项?(?:行动|工程|任务|工作)?的?)?" + ROLE_UNIT + "(?:为|是)");
    private static final Pattern IS_ROLE = Pattern.compile("^(?:为|是)" + ROLE_UNIT);
    private static final Pattern SUBJECT_DUTY = Pattern.compile("(?:等(?:单位|部门))?(?:分别|具体|共同|按职责分工)?(?:要|应|须|必须|将|负责|（?(?:共同)?牵头|配合|会同|参与|为" + ROLE_UNIT + ")");
    /** The most characters a heading run into its paragraph is taken to have. */
    private static final int HEADING_MAX = 16;
    private static final Pattern LAST_BEFORE_ETC = Pattern.compile("[区县市旗镇乡各团][\\u4e00-\\u9fa5]{1,10}?(?=等(?:单位|部门))");
    private static final Pattern SEPARATOR = Pattern.compile("^[、和及与]");
    private static final Pattern SHORT_NAME = Pattern.compile("（(?:以下)?简称[“\"]?[^（）”\"]{2,12}[”\"]?）");
    private static final Pattern JOINED_PLACES = Pattern.compile("各[区县市乡镇旗](?:、[区县市乡镇旗])+(?:人民政府|政府)");

    private RoleClauses() {
    }

    /** Whether a document states the first-leads rule for all its lists (outside brackets, which state it for themselves). */
    static boolean statesFirstLeads(Text document) {
        String n = document.norm();
        Matcher rule = FIRST_LEADS.matcher(n);
        // the rule ends in 牵头: look only just before each 牵头, not across the whole document
        for (int lead = n.indexOf("牵头"); lead >= 0; lead = n.indexOf("牵头", lead + 2)) {
            rule.region(Math.max(0, lead - RULE_CHARS), lead + 2);
            if (!rule.find()) continue;
            int depth = 0;
            for (int i = 0; i < rule.start(); i++) {
                if (n.charAt(i) == '（') depth++;
                else if (n.charAt(i) == '）' && depth > 0) depth--;
            }
            if (depth == 0) return true;
        }
        return false;
    }

    /** How far into a bracket's clause its 由 may stand (以上各项工作由X牵头). */
    private static final int INTRO_MAX = 8;

    /** How far before its 牵头 a first-leads rule starts (排在首位的单位为牵头). */
    private static final int RULE_CHARS = 24;

    /** A bracket's content as a statement, or null when it is not all unit lists and cues. */
    static Statement bracket(Text bracket, Text content, boolean firstLeads) {
        Statement slashed = slashed(bracket, content);
        if (slashed != null) return slashed;
        List<Mention> leads = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        List<Mention> bare = new ArrayList<>();
        boolean split = false;
        boolean localConvention = FIRST_LEADS.matcher(content.norm()).find();
        for (Text clause : clauses(content)) {
            if (FIRST_LEADS.matcher(clause.norm()).find() || clause.norm().matches("^其余为[^，。；]*$")) continue;
            Matcher intro = INTRO.matcher(clause.norm());
            Text c = intro.find() ? clause.sub(intro.end()) : clause;
            List<Mention> names = new ArrayList<>();
            int end = names(c, names);
            int by = c.norm().indexOf('由');
            if (names.isEmpty() && by >= 0 && by <= INTRO_MAX) {
                c = c.sub(by + 1);
                end = names(c, names);
            }
            if (names.isEmpty()) return null;
            String rest = c.norm().substring(end);
            Matcher with = WITH.matcher(rest);
            if (with.find()) {
                List<Mention> partners = new ArrayList<>();
                int partnersEnd = names(c.sub(end + with.end()), partners);
                if (partners.isEmpty() || !cueOnly(c.norm().substring(end + with.end() + partnersEnd))) return null;
                leads.addAll(names);
                others.addAll(partners);
                split = true;
            } else if (rest.isEmpty() || rest.matches("^等(?:单位|部门)?$")) {
                bare.addAll(names);
            } else if (LEAD_CUE.matcher(rest).find() && cueOnly(rest)) {
                leads.addAll(names);
                split = true;
            } else if (PARTICIPANT_CUE.matcher(rest).find() && cueOnly(rest)) {
                others.addAll(as(names, Role.PARTICIPANT));
                split = true;
            } else if (RESPONSIBLE_CUE.matcher(rest).find() && cueOnly(rest)) {
                others.addAll(as(names, Role.RESPONSIBLE));
            } else {
                return null;
            }
        }
        if (!bare.isEmpty()) {
            if (split) {
                others.addAll(bare);
            } else if (firstLeads || localConvention) {
                leads.add(bare.get(0));
                others.addAll(bare.subList(1, bare.size()));
                split = true;
            } else {
                // 括号内所列单位为配合单位: the plan says its brackets list those who take part
                split = PlanConventions.current().bracketsTakePart();
                for (Mention m : bare) {
                    if (m.role() == Role.LEAD) split = true;
                }
                for (Mention m : bare) (m.role() == Role.LEAD ? leads : others).add(m);
            }
        }
        if (leads.isEmpty() && others.isEmpty()) return null;
        return new Statement(bracket, leads, beside(leads, others), split);
    }

    /** （A、B/C、D）: leads before the slash, those who take part after it; null unless both sides are all names. */
    private static Statement slashed(Text bracket, Text content) {
        String n = content.norm();
        int slash = Math.max(n.indexOf('/'), n.indexOf('／'));
        if (slash <= 0 || slash != Math.max(n.lastIndexOf('/'), n.lastIndexOf('／'))) return null;
        List<Mention> leads = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        Text before = content.sub(0, slash).strip();
        Text after = content.sub(slash + 1).strip();
        if (names(before, leads) != before.length() || names(after, others) != after.length()) return null;
        return new Statement(bracket, leads, as(others, Role.PARTICIPANT), true);
    }

    /**
     * The statements of a prose sentence whose clauses open with unit names and a cue:
     * 由X负责; X牵头，Y配合; X会同Y…; X、Y分别负责…. Clauses that open otherwise are prose.
     */
    static List<Statement> prose(Text sentence) {
        return prose(sentence, true);
    }

    /**
     * As above; {@code subjectsAnswer}: whether a subject with a duty but no cue (团县委要依托…开展…)
     * answers for it — true in a task, where the sentence is the task's; false where any sentence
     * may be an exhortation (各委办局要强化组织领导).
     */
    static List<Statement> prose(Text sentence, boolean subjectsAnswer) {
        List<Mention> leads = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        List<Mention> subjects = new ArrayList<>();
        List<Mention> bare = new ArrayList<>();
        // units a 负责 clause names: they answer, or lead where others take part
        List<Mention> answering = new ArrayList<>();
        boolean split = false;
        List<Text> clauses = clauses(sentence);
        for (Text clause : clauses) {
            Text c = subjectStart(clause);
            Matcher dash = Paragraphs.DASH.matcher(c.norm());
            if (dash.find()) c = c.sub(dash.end()).strip();
            Matcher intro = INTRO.matcher(c.norm());
            boolean byIntro = intro.find();
            if (byIntro) c = c.sub(intro.end());
            Matcher roleIs = ROLE_IS.matcher(c.norm());
            if (roleIs.find()) {
                // 牵头部门为X, 协同部门为Y、Z
                List<Mention> named = new ArrayList<>();
                names(c.sub(roleIs.end()), named);
                split |= addByRoleWord(roleIs.group(1), named, leads, others);
                continue;
            }
            Matcher withLeads = WITH.matcher(c.norm());
            if (!leads.isEmpty() && withLeads.lookingAt()) {
                // 由X牵头，会同Y、Z组织实施: the lead's partners take part
                List<Mention> partners = new ArrayList<>();
                names(c.sub(withLeads.end()), partners);
                others.addAll(as(partners, Role.PARTICIPANT));
                continue;
            }
            List<Mention> names = new ArrayList<>();
            int end = names(c, names);
            Matcher isRole = IS_ROLE.matcher(c.norm()).region(end, c.length());
            if (!names.isEmpty() && isRole.lookingAt()) {
                // X为责任单位, Y为协同部门
                split |= addByRoleWord(isRole.group(1), names, leads, others);
                continue;
            }
            int by = c.norm().lastIndexOf('由');
            if (names.isEmpty() && by >= 0) {
                // a heading or a phrase run into the sentence before 由X牵头
                c = c.sub(by + 1);
                end = names(c, names);
                byIntro = true;
            }
            if (names.isEmpty()) continue;
            Matcher modal = MODAL.matcher(c.norm()).region(end, c.length());
            boolean hasModal = modal.lookingAt();
            if (hasModal) end = modal.end();
            String rest = c.norm().substring(end);
            Matcher with = WITH.matcher(rest);
            Matcher participates = PARTICIPANT_CUE.matcher(rest);
            if (with.find()) {
                List<Mention> partners = new ArrayList<>();
                names(c.sub(end + with.end()), partners);
                if (partners.isEmpty()) continue;
                leads.addAll(names);
                others.addAll(partners);
                split = true;
            } else if (LEAD_CUE.matcher(rest).find()) {
                leads.addAll(names);
                split = true;
            } else if (participates.find()) {
                // X要配合Y做好…: Y leads what X joins in
                List<Mention> helped = new ArrayList<>();
                names(c.sub(end + participates.end()), helped);
                leads.addAll(helped);
                others.addAll(as(names, Role.PARTICIPANT));
                split = true;
            } else if (RESPONSIBLE_CUE.matcher(rest).find() || (byIntro && rest.isEmpty())) {
                answering.addAll(names);
            } else if (hasModal && !byIntro && subjectsAnswer) {
                subjects.addAll(names);
            } else if (rest.isEmpty() || BARE_END.matcher(rest).matches() || c.lines()[end] != c.lines()[end - 1]) {
                // a list that ends at a line break and runs into prose ends there
                bare.addAll(names);
            }
        }
        // names standing alone: beside a lead they take part (X（牵头），Y、Z); a line of nothing but names answers (——X、Y)
        if (split) others.addAll(as(bare, Role.PARTICIPANT));
        else if (bare.size() > 0 && clauses.size() == 1 && onlyNames(clauses.get(0))) others.addAll(as(bare, Role.RESPONSIBLE));
        if (leads.isEmpty() && others.isEmpty() && subjects.isEmpty() && answering.isEmpty()) return List.of();
        if (split && leads.isEmpty()) {
            // X负责…，Y配合 / X要开设…，Y配合做好…: the one whose task it is leads those who help
            leads.addAll(answering);
            leads.addAll(subjects);
        } else {
            others.addAll(as(answering, Role.RESPONSIBLE));
            others.addAll(as(subjects, Role.RESPONSIBLE));
        }
        // 由A、B按照职责分工负责，A负总责: A leads, and is not also one who takes part
        others.removeIf(o -> leads.stream().anyMatch(l -> l.name().norm().equals(o.name().norm())));
        return List.of(new Statement(sentence, leads, beside(leads, others), split));
    }

    /** Adds the names with the role a role word gives (牵头 leads, 责任 answers, the others take part); whether that splits roles. */
    private static boolean addByRoleWord(String word, List<Mention> names, List<Mention> leads, List<Mention> others) {
        switch (word) {
            case "牵头", "主责" -> leads.addAll(names);
            case "责任" -> others.addAll(as(names, Role.RESPONSIBLE));
            default -> others.addAll(as(names, Role.PARTICIPANT));
        }
        return !names.isEmpty() && !word.equals("责任");
    }

    /**
     * Where a clause's subject may start: after its numbering (一是, （二）), or — when a heading
     * without a stop ran into the paragraph below it ((二)强化经费保障 / 县财政局要将…) — where the
     * first unit name after the heading's words begins, however the lines were wrapped.
     */
    static Text subjectStart(Text clause) {
        Numbering.Marker marker = Numbering.at(clause.norm());
        if (marker == null) return clause;
        Text rest = clause.sub(marker.length()).strip();
        for (int p = 0; p <= Math.min(HEADING_MAX, rest.length() - 2); p++) {
            if (p > 0 && !UnitGrammar.opensWithPrefix(rest.norm().substring(p))) continue;
            List<Mention> names = new ArrayList<>();
            int end = p + names(rest.sub(p), names);
            // a subject, not an object of the heading's verb (落实各相关部门实施经费): a duty follows it
            if (!names.isEmpty() && SUBJECT_DUTY.matcher(rest.norm().substring(end)).lookingAt()) return rest.sub(p);
        }
        return rest;
    }

    /** Whether a clause is nothing but a list of names, after a bullet and an intro (——旗妇联、团旗委; 以上任务：X). */
    private static boolean onlyNames(Text clause) {
        Text c = clause;
        Matcher dash = Paragraphs.DASH.matcher(c.norm());
        if (dash.find()) c = c.sub(dash.end()).strip();
        Matcher intro = INTRO.matcher(c.norm());
        if (intro.find()) c = c.sub(intro.end());
        List<Mention> names = new ArrayList<>();
        int end = names(c, names);
        return !names.isEmpty() && (end == c.length() || BARE_END.matcher(c.norm().substring(end)).matches());
    }

    /** Beside a named lead, units that answer for their part (Y、Z按职责分工负责) take part: participants. */
    private static List<Mention> beside(List<Mention> leads, List<Mention> others) {
        if (leads.isEmpty()) return others;
        return others.stream().map(m -> m.role() == Role.RESPONSIBLE ? new Mention(m.name(), m.groupPrefix(), Role.PARTICIPANT, m.alias()) : m).toList();
    }

    /** The mentions with a role of their own, unless a suffix gave them one. */
    private static List<Mention> as(List<Mention> names, Role role) {
        return names.stream().map(m -> m.role() != null ? m : new Mention(m.name(), m.groupPrefix(), role, m.alias())).toList();
    }

    /** Whether what follows a cue is only the cue and words that close it (实施, 推进, 落实). */
    private static boolean cueOnly(String rest) {
        return rest.length() <= 12;
    }

    /**
     * Reads the names a clause opens with (separated by 、和及与) into {@code out}; returns where they end.
     * A name is the longest start that the grammar of unit names accepts.
     */
    static int names(Text clause, List<Mention> out) {
        String n = clause.norm();
        int at = 0;
        String prefix = null;
        while (at < n.length()) {
            int length = UnitGrammar.namePrefix(n.substring(at));
            if (length == 0 && at > 0) {
                // inside a list, a name the grammar does not know: closed by 等部门 (旗乌兰牧骑等部门) or by the list's separator
                Matcher etc = LAST_BEFORE_ETC.matcher(n.substring(at));
                length = etc.lookingAt() ? etc.end() : UnitGrammar.listedName(n.substring(at));
            } else if (length == 0) {
                // one opening a list, when a name the grammar knows follows it (旗乌兰牧骑、团旗委)
                int listed = UnitGrammar.listedName(n);
                if (listed > 0 && listed + 1 < n.length() && n.charAt(listed) == '、' && UnitGrammar.namePrefix(n.substring(listed + 1)) > 0) {
                    length = listed;
                }
            }
            if (length == 0) break;
            int after = at + length;
            // a short name the text introduces stays with the name: 市人力资源和社会保障局（以下简称“市人社局”）
            Matcher shortName = SHORT_NAME.matcher(n.substring(after));
            if (shortName.lookingAt()) after += shortName.end();
            // 各区、县人民政府: one collective of two kinds of place
            Matcher places = JOINED_PLACES.matcher(n.substring(at));
            if (places.lookingAt() && places.end() > after - at) after = at + places.end();
            if (prefix == null) prefix = "";
            out.add(Responsibilities.mention(clause.sub(at, after), prefix));
            Matcher sep = SEPARATOR.matcher(n.substring(after));
            if (!sep.find() || after + 1 >= n.length()) return after;
            String next = n.substring(after + 1);
            if (UnitGrammar.namePrefix(next) == 0 && !LAST_BEFORE_ETC.matcher(next).lookingAt() && UnitGrammar.listedName(next) == 0) return after;
            at = after + 1;
        }
        return at;
    }

    /** The role a label or legend's one word gives (牵头, 主责: lead; 负责, 责任: responsible; 配合, 参与…: taking part). */
    static Role roleOfWord(String word) {
        return switch (word) {
            case "牵头", "主责" -> Role.LEAD;
            case "负责", "责任" -> Role.RESPONSIBLE;
            default -> Role.PARTICIPANT;
        };
    }

    /** Clauses split at ，；。 outside brackets, trimmed of their stops. */
    static List<Text> clauses(Text text) {
        return text.splitOutsideBrackets("，；。").stream().map(Text::strip).filter(c -> !c.isEmpty()).toList();
    }
}
