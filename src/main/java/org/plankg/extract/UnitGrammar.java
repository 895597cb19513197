package org.plankg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a span of text is a government unit's name, by the grammar of such names kept in
 * {@code unit-names.txt} (level prefix, body, functional ending; collectives 各…; a bracket that is
 * part of the name) — so that a list is read as names however many of them the vocabulary knows,
 * and prose that a line break ran into a list is not.
 */
final class UnitGrammar {

    private static final List<String> ENDINGS = new ArrayList<>();
    private static final List<String> COLLECTIVE = new ArrayList<>();
    private static final List<String> PREFIXES = new ArrayList<>();
    private static final List<String> STRONG = new ArrayList<>();
    private static final List<String> VERBS = new ArrayList<>();
    private static final int MAX_CHARS = 30;
    /** What a name in prose may be followed by: separators and stops, and the first characters of cues and verbs. */
    private static final String AFTER_NAME = "、，。；：（）, 和及与等将要在把对为按应须牵负配参协会分具共联统督指定每结依围利通组开推实加落举提培深广积重进鼓引支发面完健建打做纳列主成是于已可全以从充大不持抓制强切认严适及";
    private static final String NOT_IN_NAMES = "，。；：！？、“”《》 ·•・/／|｜" + Marks.SYMBOLS;

    static {
        try (InputStream in = UnitGrammar.class.getResourceAsStream("unit-names.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.strip().split(" ", 2);
                if (f.length < 2 || line.startsWith("#")) continue;
                switch (f[0]) {
                    case "ending" -> ENDINGS.add(f[1]);
                    case "collective" -> COLLECTIVE.add(f[1]);
                    case "prefix" -> PREFIXES.add(f[1]);
                    case "strong" -> STRONG.add(f[1]);
                    case "verb" -> VERBS.add(f[1]);
                    default -> throw new IllegalStateException("unit-names.txt: unknown kind " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PREFIXES.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** 渫阳苗族侗族自治州 is also 渫阳州, and 渫阳 names its institutions (渫阳日报社). */
    private static final java.util.regex.Pattern AUTONOMOUS = java.util.regex.Pattern.compile("^(.{2,3}?)(?:.{1,3}?族)+自治([州县旗])$");

    /** 雾岭林区, 珂湾新区: their own institutions are named after 雾岭, 珂湾 (雾岭国家公园管理局). */
    private static final java.util.regex.Pattern TWO_CHAR_LEVEL = java.util.regex.Pattern.compile("(?<=^.{2,4})(?:林区|新区|特区|地区|矿区)$");

    private UnitGrammar() {
    }

    /**
     * The places of a plan (桐泽市, its city) as its names open with them: a full official name opens
     * with one (桐泽市科学技术协会) as other names open with 市, and a place's own institutions drop its
     * level (翎州市 → 翎州日报社, 翎州高新区管委会).
     */
    static List<String> places(List<String> places) {
        return places.stream().filter(p -> p != null && p.length() >= 2)
                .flatMap(p -> java.util.stream.Stream.of(p, AUTONOMOUS.matcher(p).replaceFirst("$1$2"), TWO_CHAR_LEVEL.matcher(p).replaceFirst("")))
                .flatMap(p -> p.length() >= 3 && "市区县旗州盟".indexOf(p.charAt(p.length() - 1)) >= 0
                        ? java.util.stream.Stream.of(p, p.substring(0, p.length() - 1)) : java.util.stream.Stream.of(p))
                .distinct().toList();
    }

    /** Whether a text opens with a level prefix (区, 县委, 团, 各 …) or the plan's own place, with more after it. */
    static boolean opensWithPrefix(String n) {
        return PREFIXES.stream().anyMatch(p -> n.startsWith(p) && n.length() > p.length())
                || PlanConventions.current().places().stream().anyMatch(p -> n.startsWith(p) && n.length() > p.length() + 1);
    }

    /** Whether the text (folded) reads as one unit's name. */
    static boolean isName(String n) {
        if (n.length() < 2 || n.length() > MAX_CHARS || !balanced(n)) return false;
        int depth = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '（') depth++;
            else if (c == '）') depth--;
            else if (NOT_IN_NAMES.indexOf(c) >= 0 && (depth == 0 || c != '、')) return false;
        }
        if (VERBS.stream().anyMatch(n::contains)) return false;
        String base = withoutTrailingBracket(n);
        if (base.length() < 2) return false;
        boolean collective = base.startsWith("各");
        boolean prefixed = opensWithPrefix(base);
        boolean strong = STRONG.stream().anyMatch(base::endsWith);
        if (!prefixed && !strong) return false;
        if (collective && COLLECTIVE.stream().anyMatch(base::endsWith)) return true;
        return ENDINGS.stream().anyMatch(e -> base.endsWith(e) && base.length() > e.length());
    }

    /**
     * The length of the longest start of {@code n} that is a name and is followed by what may follow
     * a name (a separator, a stop, a bracket or the first character of a cue or verb:
     * 县教育局|会同…, not 县教育局会|同…), 0 when none.
     */
    static int namePrefix(String n) {
        // a short name the plan introduced (教育 for 区教育局), where a name may end
        int shortName = ShortNames.at(n);
        if (shortName > 0 && (shortName == n.length() || AFTER_NAME.indexOf(n.charAt(shortName)) >= 0)) return shortName;
        String head = n.substring(0, Math.min(n.length(), MAX_CHARS));
        if (!opensWithPrefix(head) && STRONG.stream().noneMatch(head::contains)) return 0;
        for (int end = Math.min(n.length(), MAX_CHARS); end >= 2; end--) {
            if ((end == n.length() || AFTER_NAME.indexOf(n.charAt(end)) >= 0) && isName(n.substring(0, end))
                    && !twoNames(n.substring(0, end))) return end;
        }
        return 0;
    }

    /** Whether a text names a unit anywhere (a task's prose, its venues or its duties). */
    static boolean namesAUnit(String n) {
        for (int p = 0; p < n.length() - 2; p++) {
            if (opensWithPrefix(n.substring(p, Math.min(n.length(), p + MAX_CHARS))) && namePrefix(n.substring(p)) > 0) return true;
        }
        return false;
    }

    /** The most characters a name the grammar does not know is taken to have inside a list. */
    private static final int UNKNOWN_MAX_CHARS = 12;

    /**
     * The length of a name the grammar does not know standing between separators of a list of names
     * (旗教育体育局、<b>旗乌兰牧骑</b>、旗融媒体中心): it opens with a level prefix, runs to the next
     * 、，。； or the end, and holds no word of prose; else 0.
     */
    static int listedName(String n) {
        int end = 0;
        while (end < n.length() && "、，。；".indexOf(n.charAt(end)) < 0) end++;
        String candidate = n.substring(0, end);
        if (end < 2 || end > UNKNOWN_MAX_CHARS || !opensWithPrefix(candidate) || !balanced(candidate)) return 0;
        if (VERBS.stream().anyMatch(candidate::contains) || candidate.chars().anyMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0)) return 0;
        return end;
    }

    /** Whether a candidate is two names joined by 和, 及 or 与 (区委考评办和区政府办), not one (区人力资源和社会保障局). */
    private static boolean twoNames(String n) {
        for (int i = 2; i < n.length() - 2; i++) {
            if ("和及与".indexOf(n.charAt(i)) >= 0 && isName(n.substring(0, i)) && isName(n.substring(i + 1))) return true;
        }
        return false;
    }

    static boolean balanced(String n) {
        int depth = 0;
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) == '（') depth++;
            else if (n.charAt(i) == '）' && --depth < 0) return false;
        }
        return depth == 0;
    }

    private static String withoutTrailingBracket(String n) {
        if (!n.endsWith("）")) return n;
        int open = n.lastIndexOf('（');
        return open <= 0 ? n : n.substring(0, open);
    }
}
