package org.plankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plankg.plan.Role;

/**
 * Reads the organisation-level roles that the 组织实施 section states in prose, one sentence at a
 * time: where the steering office sits (设在X → office host), who coordinates (X发挥综合协调作用,
 * 设在X，负责…协调), who leads the whole plan (X负责领导, X牵头《实施方案》), who answers for a
 * part (X负责…; 负责领导本辖区 is local responsibility, not leadership) and who funds (a 财政
 * subject of a sentence about 经费). A subject is accepted only when the vocabulary knows it.
 */
final class OrgStatements {

    /** A role found in a sentence; {@code subject} is the name as written. */
    record Found(String subject, Role role, Text sentence) {
    }

    /** 设在X: where the steering office sits (also read by {@link BodyMembers}). */
    static final Pattern OFFICE = Pattern.compile("设在([^，。；）、]+)");
    private static final Pattern COORDINATES = Pattern.compile("发挥综合协调作用|设在[^，。；）]+，负责[^。]*?协调");
    private static final Pattern IN_CHARGE = Pattern.compile("负责(?!人)");
    private static final Pattern LOCAL = Pattern.compile("^领导(?:本辖区|辖区|本地区|当地)");
    private static final Pattern LEADS_PLAN = Pattern.compile("牵头(?=《|实施)");
    private static final Pattern FUNDS = Pattern.compile("财政[^，。；]*?(?:按规定|统筹|保障|安排|落实|负责)");
    private static final String CLAUSE_BREAKS = "，。；：！？";

    private OrgStatements() {
    }

    static List<Found> find(Text section) {
        List<Found> found = new ArrayList<>();
        for (Text sentence : sentences(section)) {
            String n = sentence.norm();
            Matcher office = OFFICE.matcher(n);
            while (office.find()) {
                found.add(new Found(office.group(1), Role.OFFICE_HOST, sentence));
                if (n.startsWith("，负责", office.end()) && COORDINATES.matcher(n.substring(office.start())).lookingAt()) {
                    found.add(new Found(office.group(1), Role.COORDINATOR, sentence));
                }
            }
            Matcher coordinates = Pattern.compile("发挥综合协调作用").matcher(n);
            while (coordinates.find()) {
                subject(n, coordinates.start()).ifPresent(s -> found.add(new Found(s, Role.COORDINATOR, sentence)));
            }
            Matcher inCharge = IN_CHARGE.matcher(n);
            while (inCharge.find()) {
                boolean leads = n.startsWith("领导", inCharge.end()) && !LOCAL.matcher(n.substring(inCharge.end())).find();
                Role role = leads ? Role.LEADER : Role.RESPONSIBLE;
                subject(n, inCharge.start()).ifPresent(s -> found.add(new Found(s, role, sentence)));
            }
            Matcher leadsPlan = LEADS_PLAN.matcher(n);
            while (leadsPlan.find()) {
                subject(n, leadsPlan.start()).ifPresent(s -> found.add(new Found(s, Role.LEAD, sentence)));
            }
            Matcher funds = FUNDS.matcher(n);
            if (n.contains("经费") && funds.find()) {
                int clauseStart = clauseStart(n, funds.start());
                int verb = funds.end() - (funds.group().endsWith("按规定") ? 3 : 2);
                String subject = n.substring(clauseStart, verb);
                found.add(new Found(subject, Role.FUNDER, sentence));
            }
        }
        return found;
    }

    /** The clause before {@code end}, without bracketed asides: 区纲要办（设在区科协） → 区纲要办. */
    private static Optional<String> subject(String n, int end) {
        String clause = n.substring(clauseStart(n, end), end).replaceAll("（[^）]*）?", "").strip();
        return clause.isEmpty() ? Optional.empty() : Optional.of(clause);
    }

    private static int clauseStart(String n, int end) {
        int depth = 0;
        for (int i = end - 1; i >= 0; i--) {
            char c = n.charAt(i);
            if (c == '）') depth++;
            else if (c == '（') depth--;
            else if (depth == 0 && CLAUSE_BREAKS.indexOf(c) >= 0) return i + 1;
        }
        return 0;
    }

    /** Sentences ending in 。 (kept), the last one possibly without. */
    static List<Text> sentences(Text text) {
        List<Text> out = new ArrayList<>();
        int start = 0;
        String n = text.norm();
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) == '。') {
                out.add(text.sub(start, i + 1).strip());
                start = i + 1;
            }
        }
        if (start < n.length() && !text.sub(start).strip().isEmpty()) out.add(text.sub(start).strip());
        return out;
    }
}
