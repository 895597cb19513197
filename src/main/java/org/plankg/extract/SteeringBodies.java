package org.plankg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.Body.Function;
import org.plankg.extract.Body.Kind;
import org.plankg.extract.Body.Position;
import org.plankg.extract.Responsibilities.Mention;
import org.plankg.vocab.Vocabulary;

/**
 * Reads the steering bodies of one plan from the wording of its 组织实施 section, one sentence at
 * a time: the steering group (…领导小组) and its office (…领导小组办公室, …纲要实施工作办公室,
 * 纲要办, 下设办公室), bodies of other levels (国家…, 北京市纲要办, 市纲要办 in a 区) left out; the
 * post that chairs a body (以X为主任, 组长由X担任, 由X任组长: X a post such as 主管区长 or 副县长,
 * never a name); vice-chair units (A、B主要领导为副主任, A、B主要负责同志任副组长); member units
 * (成员单位包括A、B, A、B为成员; a count such as 52家成员单位 is kept as a count); the unit that
 * hosts the office (设在X); what a body does when it opens a clause (负责领导 → leader, 监督/督查 →
 * supervisor, 协调 → coordinator, else 负责 → responsible); and sentences in which the office
 * leads (领导小组办公室牵头，会同A、B等部门…), which give the office a lead role and A, B a
 * participant role. Matching is on {@link Text#norm()}, quotes are cut from {@link Text#orig()}.
 * A plan has at most one group and one office: every own-level mention of a kind is the same body.
 */
final class SteeringBodies {

    private static final String TOPIC = "(?:(?:全民)?(?:科学素质|科普)(?:工作)?)?";
    private static final Pattern OFFICE_NAME =
            Pattern.compile(TOPIC + "领导小组办公室|(?:全民)?科学素质纲要实施工作办公室|纲要办");
    private static final Pattern GROUP_NAME = Pattern.compile(TOPIC + "领导小组(?!办公室)");
    private static final Pattern OTHER_LEVEL = Pattern.compile("(?:国家|全国|中国|中央|省|自治区)$");
    private static final String LEVELS = "区县市旗";
    private static final String BREAKS = "，；。：";

    private static final List<Pattern> CHAIRS = List.of(
            Pattern.compile("以(?<post>[^，。；、：以]{2,16}?)为(?<title>组长|主任)"),
            Pattern.compile("(?<!副)(?<title>组长|主任)由(?<post>[^，。；、：]{2,16}?)(?:担任|兼任)"),
            Pattern.compile("由(?<post>[^，。；、：由]{2,16}?)(?:担任|兼任|任)(?<title>组长|主任)"),
            Pattern.compile("(?:^|[，；])(?<post>[^，。；、：由以]{2,16}?)(?:担任|兼任|任|为)(?<title>组长|主任)"));
    /** A post, not a person: level, office, function words and a head title only. */
    private static final Pattern POST = Pattern.compile(
            "^(?:[区县市旗](?:委|政府|人民政府)?)?(?:主管|分管|常务|主要)?(?:[^的]{1,10}的)?副?(?:区长|县长|市长|旗长|书记|领导)$");
    private static final Pattern VICE = Pattern.compile("(?:担任|兼任|为|任)副(?:组长|主任)");
    private static final Pattern VICE_BY = Pattern.compile("副(?:组长|主任)由(?<list>[^。；]+?)(?:担任|兼任)");
    private static final Pattern MEMBERS = Pattern.compile("成员单位(?:包括|为|是|：)(?<list>[^，。；]+)");
    private static final Pattern AS_MEMBERS = Pattern.compile("(?:担任|兼任|为|任)成员(?:单位)?");
    /** The end of a role phrase: where the list of the next role starts (以A为主任、B为副主任、C为成员). */
    private static final Pattern ROLE_END = Pattern.compile("(?:担任|兼任|为|任)副?(?:组长|主任|成员)(?:单位)?、?");
    private static final Pattern COUNT = Pattern.compile("(\\d+)(?:个|家)(?:成员单位|部门|单位)");
    private static final Pattern HEAD = Pattern.compile(
            "(?:的)?(?:主要领导|主要负责同志|主要负责人|分管领导|主管领导|负责同志|负责人|领导)(?:同志)?$");
    private static final Pattern GENERIC = Pattern.compile("\\d|^(?:相关|有关|其他|其它)");
    private static final Pattern HOST = Pattern.compile("设在([^，。；）、]+)");

    private static final Pattern LEADS = Pattern.compile("负责领导(?!本辖区|辖区|本地区|当地)");
    private static final Pattern SUPERVISES = Pattern.compile("监督|督查|督促|督导");
    private static final Pattern COORDINATES = Pattern.compile("协调");
    private static final Pattern IN_CHARGE = Pattern.compile("负责(?!人|同志)");
    /** A clause whose subject is some other unit. */
    private static final Pattern FOREIGN = Pattern.compile("^(?:[区县市各]|国家|全国|中国|省|成员单位|牵头|责任单位|有关|相关)");
    private static final Pattern HEADING = Pattern.compile("(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)");
    private static final int HEADING_CHARS = 10;
    private static final Pattern WITH = Pattern.compile("会同|联合|协同|组织");
    private static final Pattern JOINS = Pattern.compile("(?:参与|配合|参加)$");

    /** A sentence in which the office leads, with the units it names as taking part. */
    record Led(Text quote, List<Mention> participants) {
    }

    /** The bodies with their units named, the plan's units with the bodies', and the office's lead roles. */
    record Result(List<Body> bodies, List<Unit> units, List<Assignment> leads) {
    }

    private record Mention0(Kind kind, int start, int end, boolean bare) {
    }

    /** The sentence a fact was read from, and the line where the fact stands in it. */
    private record Ev(Text quote, int line) {
        static Ev at(Text s, int at) {
            return new Ev(s, s.lines()[Math.max(0, Math.min(at, s.length() - 1))]);
        }
    }

    private record Fact(String spelling, Position position, Ev ev) {
    }

    private record LeadDraft(Item item, Integer task, Text quote) {
    }

    /** What the text says of one body, before its unit is named. */
    private static final class Draft {
        final Set<String> spellings = new LinkedHashSet<>();
        Ev quote;
        Integer memberCount;
        final Map<String, Ev> chairs = new LinkedHashMap<>();
        final Map<String, Fact> members = new LinkedHashMap<>();
        final Map<Function, Ev> duties = new EnumMap<>(Function.class);
    }

    private final Vocabulary vocabulary;
    private final District district;
    private final UnitNames units;
    private final String source;
    private final char level;
    private final Map<Kind, Draft> drafts = new EnumMap<>(Kind.class);
    private final List<LeadDraft> leads = new ArrayList<>();

    SteeringBodies(Vocabulary vocabulary, District district, UnitNames units, String source) {
        this.vocabulary = vocabulary;
        this.district = district;
        this.units = units;
        this.source = source;
        char last = district.name().charAt(district.name().length() - 1);
        this.level = LEVELS.indexOf(last) >= 0 ? last : '区';
    }

    /** Reads one paragraph of the 组织实施 section. */
    void readOrganisation(Text paragraph) {
        for (Text sentence : OrgStatements.sentences(paragraph)) read(sentence);
    }

    /**
     * The sentences of {@code text} in which the office leads; the lead is kept for the target
     * ({@code item} null: the plan; {@code task} null: the item), the participants are returned.
     */
    List<Led> officeLed(Text text, Item item, Integer task) {
        List<Led> out = new ArrayList<>();
        for (Text s : OrgStatements.sentences(text)) {
            String n = s.norm();
            for (Mention0 m : mentions(n)) {
                if (m.kind != Kind.OFFICE || !opensClause(n, 0, m.start)) continue;
                int at = skipAside(n, m.end);
                if (n.startsWith("负责牵头", at)) at += 4;
                else if (n.startsWith("牵头", at)) at += 2;
                else continue;
                if (n.startsWith("，", at)) at++;
                Text list = Text.EMPTY;
                Matcher with = WITH.matcher(n).region(at, n.length());
                if (with.lookingAt()) {
                    list = s.sub(with.end(), clauseEnd(n, with.end()));
                } else {
                    Text clause = s.sub(at, clauseEnd(n, at));
                    if (JOINS.matcher(clause.norm()).find()) list = clause;
                }
                mention(m, s);
                leads.add(new LeadDraft(item, task, s));
                out.add(new Led(s, names(list)));
                break;
            }
        }
        return out;
    }

    private void read(Text s) {
        String n = s.norm();
        List<Mention0> mentions = mentions(n);
        mentions.forEach(m -> mention(m, s));
        chairs(s, n, mentions);
        viceChairs(s, n, mentions);
        members(s, n, mentions);
        hosts(s, n, mentions);
        duties(s, n, mentions);
    }

    private void mention(Mention0 m, Text s) {
        Draft d = draft(m.kind, s, m.start);
        if (!m.bare) d.spellings.add(s.orig().substring(m.start, m.end).strip());
    }

    private Draft draft(Kind kind, Text s, int at) {
        Draft d = drafts.computeIfAbsent(kind, k -> new Draft());
        if (d.quote == null) d.quote = Ev.at(s, at);
        return d;
    }

    // ---- names of bodies ----

    /** The own-level bodies a sentence names, in order. */
    private List<Mention0> mentions(String n) {
        List<Mention0> out = new ArrayList<>();
        boolean[] taken = new boolean[n.length()];
        for (Kind kind : List.of(Kind.OFFICE, Kind.GROUP)) {
            Matcher m = (kind == Kind.OFFICE ? OFFICE_NAME : GROUP_NAME).matcher(n);
            while (m.find()) {
                if (taken[m.start()]) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                int start = ownStart(n, m.start());
                if (start >= 0) out.add(new Mention0(kind, start, m.end(), false));
            }
        }
        for (int i = n.indexOf("办公室"); i >= 0; i = n.indexOf("办公室", i + 1)) {
            boolean opens = i == 0 || BREAKS.indexOf(n.charAt(i - 1)) >= 0 || (i >= 2 && n.startsWith("下设", i - 2));
            if (!taken[i] && opens) out.add(new Mention0(Kind.OFFICE, i, i + 3, true));
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    /** Where a body's name starts with its level (西城区…, 区级…, 县…), or -1 for another level's body. */
    private int ownStart(String n, int start) {
        String before = n.substring(0, start);
        if (before.endsWith(district.name())) return start - district.name().length();
        if (OTHER_LEVEL.matcher(before).find()) return -1;
        if (district.city() != null && before.endsWith(district.city())) return -1;
        boolean grade = before.endsWith("级");
        int at = grade ? start - 1 : start;
        if (at > 0 && LEVELS.indexOf(n.charAt(at - 1)) >= 0) return n.charAt(at - 1) == level ? at - 1 : -1;
        return grade ? -1 : start;
    }

    // ---- facts ----

    private void chairs(Text s, String n, List<Mention0> mentions) {
        for (Pattern chair : CHAIRS) {
            Matcher m = chair.matcher(n);
            while (m.find()) {
                String post = n.substring(m.start("post"), m.end("post")).strip();
                if (!POST.matcher(post).matches()) continue;
                Kind fallback = m.group("title").equals("组长") ? Kind.GROUP : Kind.OFFICE;
                subject(n, mentions, m.start(), m.end(), fallback).ifPresent(kind ->
                        draft(kind, s, m.start("post")).chairs.putIfAbsent(post, Ev.at(s, m.start("post"))));
            }
        }
    }

    private void viceChairs(Text s, String n, List<Mention0> mentions) {
        Matcher m = VICE.matcher(n);
        while (m.find()) {
            int from = listStart(n, m.start());
            Text list = s.sub(from, m.start());
            subject(n, mentions, m.start(), m.end(), null)
                    .ifPresent(kind -> addMembers(kind, s, from, list, Position.VICE_CHAIR));
        }
        Matcher by = VICE_BY.matcher(n);
        while (by.find()) {
            Text list = s.sub(by.start("list"), by.end("list"));
            subject(n, mentions, by.start(), by.end(), null)
                    .ifPresent(kind -> addMembers(kind, s, by.start(), list, Position.VICE_CHAIR));
        }
    }

    private void members(Text s, String n, List<Mention0> mentions) {
        Matcher listed = MEMBERS.matcher(n);
        while (listed.find()) {
            Text list = s.sub(listed.start("list"), listed.end("list"));
            subject(n, mentions, listed.start(), listed.end(), Kind.GROUP)
                    .ifPresent(kind -> addMembers(kind, s, listed.start(), list, Position.MEMBER));
        }
        Matcher as = AS_MEMBERS.matcher(n);
        while (as.find()) {
            int from = listStart(n, as.start());
            Text list = s.sub(from, as.start());
            subject(n, mentions, as.start(), as.end(), null)
                    .ifPresent(kind -> addMembers(kind, s, from, list, Position.MEMBER));
        }
        Matcher count = COUNT.matcher(n);
        if (count.find()) {
            subject(n, mentions, count.start(), count.end(), null).ifPresent(kind -> {
                Draft d = drafts.get(kind);
                if (d.quote.quote() == s && d.memberCount == null) d.memberCount = Integer.valueOf(count.group(1));
            });
        }
    }

    private void hosts(Text s, String n, List<Mention0> mentions) {
        Matcher m = HOST.matcher(n);
        while (m.find()) {
            Mention0 before = null;
            for (Mention0 mention : mentions) if (mention.end <= m.start()) before = mention;
            String lead = n.substring(0, m.start());
            boolean officeWord = lead.endsWith("办公室") || lead.endsWith("办事机构");
            Kind kind;
            if (before == null) {
                if (!officeWord && !drafts.containsKey(Kind.OFFICE)) continue;
                kind = Kind.OFFICE;
            } else {
                kind = before.kind == Kind.GROUP && officeWord ? Kind.OFFICE : before.kind;
            }
            String spelling = prose(m.group(1).strip(), s);
            draft(kind, s, m.start()).members.putIfAbsent(spelling + "|" + Position.HOST,
                    new Fact(spelling, Position.HOST, Ev.at(s, m.start())));
        }
    }

    /** What a body does, in the clauses it is the subject of: from its name (or 其…) to another subject. */
    private void duties(Text s, String n, List<Mention0> mentions) {
        Kind subject = null;
        for (int[] clause : clauses(n)) {
            int a = clause[0];
            while (a < clause[1] && Character.isWhitespace(n.charAt(a))) a++;
            Mention0 opening = null;
            for (Mention0 m : mentions) if (opening == null && m.start >= a && m.start < clause[1] && opensClause(n, a, m.start)) opening = m;
            int from = a;
            if (opening != null) {
                subject = opening.kind;
                from = opening.end;
            } else if (n.startsWith("其", a)) {
                for (Mention0 m : mentions) if (m.end <= a) subject = m.kind;
            } else if (FOREIGN.matcher(n.substring(a, clause[1])).lookingAt()) {
                subject = null;
            }
            if (subject == null) continue;
            String text = n.substring(from, clause[1]).replaceAll("（[^）]*）?", "");
            Draft d = draft(subject, s, from);
            List<Function> found = new ArrayList<>();
            if (LEADS.matcher(text).find()) found.add(Function.LEADER);
            if (SUPERVISES.matcher(text).find()) found.add(Function.SUPERVISOR);
            if (COORDINATES.matcher(text).find()) found.add(Function.COORDINATOR);
            if (found.isEmpty() && IN_CHARGE.matcher(text).find()) found.add(Function.RESPONSIBLE);
            int at = from;
            found.forEach(f -> d.duties.putIfAbsent(f, Ev.at(s, at)));
        }
    }

    /**
     * The body a fact at [from, to) is about: one named right after it without a clause break
     * (以A为主任…为成员的区级…办公室), else the last one named before it, else {@code fallback}
     * if the plan names that kind of body.
     */
    private Optional<Kind> subject(String n, List<Mention0> mentions, int from, int to, Kind fallback) {
        for (Mention0 m : mentions) {
            if (m.start >= to && !hasBreak(n, to, m.start)) return Optional.of(m.kind);
        }
        Mention0 before = null;
        for (Mention0 m : mentions) if (m.end <= from) before = m;
        if (before != null) return Optional.of(before.kind);
        return Optional.ofNullable(fallback).filter(drafts::containsKey);
    }

    private void addMembers(Kind kind, Text s, int at, Text list, Position position) {
        Draft d = draft(kind, s, at);
        for (Mention name : names(list)) {
            String where = source + ":" + s.lines()[at];
            String spelling = units.fromList(name.name().norm(), name.groupPrefix(), where);
            d.members.putIfAbsent(spelling + "|" + position, new Fact(spelling, position, Ev.at(s, at)));
        }
    }

    /** The unit names of a list, without head words (主要负责同志), ellipses and generic names (相关25个部门). */
    private static List<Mention> names(Text list) {
        Text cleaned = list.without(i -> list.norm().charAt(i) == '…' || list.norm().charAt(i) == '⋯').strip();
        List<Mention> out = new ArrayList<>();
        for (Mention m : Responsibilities.mentions(cleaned)) {
            Text name = m.name();
            Matcher head = HEAD.matcher(name.norm());
            if (head.find()) name = name.sub(0, head.start()).strip();
            if (name.isEmpty() || name.norm().equals("等") || GENERIC.matcher(name.norm()).find()) continue;
            out.add(new Mention(name, m.groupPrefix()));
        }
        return out;
    }

    /**
     * A prose name (设在区科协): the longest known unit name it ends with, else the name as written;
     * a level prefix is never cut off (县科协 is not 区科协).
     */
    private String prose(String written, Text s) {
        for (int start = 0; start <= written.length() - 2; start++) {
            if (start > 0 && LEVELS.indexOf(written.charAt(start - 1)) >= 0) continue;
            Optional<String> name = units.fromProse(written.substring(start), false);
            if (name.isPresent()) return name.get();
        }
        return units.fromList(written, "", source + ":" + s.firstLine());
    }

    // ---- naming the bodies' units ----

    /** Names the bodies' units and turns the drafts into bodies; {@code planUnits} are the units read so far. */
    Result finish(List<Unit> planUnits) {
        List<Unit> all = new ArrayList<>(planUnits);
        Map<Kind, Unit> bodyUnits = new EnumMap<>(Kind.class);
        String groupName = null;
        for (Kind kind : List.of(Kind.GROUP, Kind.OFFICE)) {
            Draft d = drafts.get(kind);
            if (d == null) continue;
            Unit unit = unit(kind, d, all, groupName);
            if (kind == Kind.GROUP) groupName = unit.name();
            bodyUnits.put(kind, unit);
        }
        List<Body> bodies = new ArrayList<>();
        for (Map.Entry<Kind, Unit> e : bodyUnits.entrySet()) {
            Draft d = drafts.get(e.getKey());
            Unit unitOf = e.getKey() == Kind.OFFICE ? bodyUnits.get(Kind.GROUP) : null;
            boolean listsMembers = d.members.values().stream().anyMatch(f -> f.position == Position.MEMBER);
            bodies.add(new Body(e.getKey(), e.getValue(), unitOf, d.quote.quote().orig(), d.quote.line(),
                    listsMembers ? null : d.memberCount,
                    d.chairs.entrySet().stream().map(c -> new Body.Post(c.getKey(), c.getValue().quote().orig(), c.getValue().line())).toList(),
                    d.members.values().stream().map(f -> new Body.Member(units.unit(f.spelling), f.position, f.ev.quote().orig(), f.ev.line())).toList(),
                    d.duties.entrySet().stream().map(x -> new Body.Duty(x.getKey(), x.getValue().quote().orig(), x.getValue().line())).toList()));
        }
        List<Assignment> leadAssignments = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LeadDraft lead : leads) {
            String key = (lead.item == null ? "" : lead.item.ordinal()) + "|" + lead.task;
            if (seen.add(key)) {
                leadAssignments.add(new Assignment(bodyUnits.get(Kind.OFFICE), Role.LEAD, lead.item, lead.task,
                        lead.quote.orig(), lead.quote.firstLine(), false));
            }
        }
        return new Result(bodies, all, leadAssignments);
    }

    /**
     * The unit of a body: the plan's unit of that category if it already has one (丰台's 区纲要办),
     * with the body's spellings added; else a new unit named by the vocabulary's own name for it
     * (区纲要办), else by the fullest name written, in its district form (西城区全民…领导小组 →
     * 区全民…领导小组), an office written only as 领导小组办公室 after its group's name.
     */
    private Unit unit(Kind kind, Draft d, List<Unit> all, String groupName) {
        String category = kind.key();
        for (int i = 0; i < all.size(); i++) {
            Unit u = all.get(i);
            if (u.category().equals(category)) {
                Set<String> spellings = new LinkedHashSet<>(u.spellings());
                spellings.addAll(d.spellings);
                Unit merged = new Unit(u.name(), category, spellings);
                all.set(i, merged);
                return merged;
            }
        }
        String name = d.spellings.stream()
                .filter(s -> vocabulary.categoryOf(Text.fold(s)).filter(category::equals).isPresent())
                .findFirst().orElseGet(() -> composedName(kind, d, groupName));
        Set<String> spellings = new LinkedHashSet<>(d.spellings);
        spellings.add(name);
        Unit unit = new Unit(name, category, spellings);
        all.add(unit);
        return unit;
    }

    private String composedName(Kind kind, Draft d, String groupName) {
        String place = district.name().substring(0, district.name().length() - 1);
        String longest = d.spellings.stream().map(Text::fold)
                .map(s -> s.startsWith(district.name()) ? s.substring(place.length()) : s)
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
        if (!longest.isEmpty() && LEVELS.indexOf(longest.charAt(0)) >= 0) return longest;
        if (kind == Kind.OFFICE && groupName != null && groupName.endsWith("领导小组")
                && (longest.isEmpty() || longest.endsWith("领导小组办公室"))) {
            return groupName + "办公室";
        }
        if (longest.matches("^(?:全民|科学素质|科普).*")) return level + longest;
        return longest.isEmpty() ? "办公室" : longest;
    }

    // ---- text helpers ----

    private static boolean hasBreak(String n, int from, int to) {
        for (int i = from; i < to; i++) if (BREAKS.indexOf(n.charAt(i)) >= 0) return true;
        return false;
    }

    /** Where a list before {@code end} starts: after a clause break or the previous role phrase. */
    private static int listStart(String n, int end) {
        int start = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (BREAKS.indexOf(n.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        Matcher role = ROLE_END.matcher(n).region(start, end);
        while (role.find()) start = Math.max(start, role.end());
        return start;
    }

    /** Clauses of a sentence, split at ，and ；outside brackets. */
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

    private static int clauseEnd(String n, int from) {
        for (int i = from; i < n.length(); i++) if ("，。；".indexOf(n.charAt(i)) >= 0) return i;
        return n.length();
    }

    private static int skipAside(String n, int at) {
        if (at < n.length() && n.charAt(at) == '（') {
            int close = n.indexOf('）', at);
            if (close > 0) return close + 1;
        }
        return at;
    }

    /**
     * A name at {@code at} opens the clause starting at {@code clause}: it stands first (after
     * punctuation, a task number or 由), or right after a heading that paragraph rebuilding ran
     * into the clause ((一)组织保障西城区…领导小组…).
     */
    private static boolean opensClause(String n, int clause, int at) {
        int i = at;
        if (i > clause && n.charAt(i - 1) == '由') i--;
        if (i == clause || Character.UnicodeScript.of(n.charAt(i - 1)) != Character.UnicodeScript.HAN) return true;
        Matcher heading = HEADING.matcher(n).region(clause, n.length());
        return heading.lookingAt() && at - heading.end() <= HEADING_CHARS;
    }
}
