package org.plankg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.plan.Body.Kind;
import org.plankg.extract.BodyDrafts.Evidence;
import org.plankg.extract.BodyNames.Named;

/**
 * Reads the post that chairs a body (以X为主任, 组长由X担任, 由X任组长): X a post such as 主管区长
 * or 副县长, never a person's name. A 组长 without a body named is the group's, a 主任 the office's.
 */
final class BodyChairs {

    private static final List<Pattern> CHAIRS = List.of(
            Pattern.compile("以(?<post>[^，。；、：以]{2,16}?)为(?<title>组长|主任)"),
            Pattern.compile("(?<!副)(?<title>组长|主任)由(?<post>[^，。；、：]{2,16}?)(?:担任|兼任)"),
            Pattern.compile("由(?<post>[^，。；、：由]{2,16}?)(?:担任|兼任|任)(?<title>组长|主任)"),
            Pattern.compile("(?:^|[，；])(?<post>[^，。；、：由以]{2,16}?)(?:担任|兼任|任|为)(?<title>组长|主任)"));
    /** A post, not a person: level, office, function words and a head title only. */
    private static final Pattern POST = Pattern.compile(
            "^(?:[区县市旗](?:委|政府|人民政府)?)?(?:主管|分管|常务|主要)?(?:[^的]{1,10}的)?副?(?:区长|县长|市长|旗长|书记|领导)$");

    private final BodyDrafts drafts;

    BodyChairs(BodyDrafts drafts) {
        this.drafts = drafts;
    }

    void read(Text s, List<Named> named) {
        String n = s.norm();
        for (Pattern chair : CHAIRS) {
            Matcher m = chair.matcher(n);
            while (m.find()) {
                String post = n.substring(m.start("post"), m.end("post")).strip();
                if (!POST.matcher(post).matches()) continue;
                Kind titled = m.group("title").equals("组长") ? Kind.GROUP : Kind.OFFICE;
                int at = m.start("post");
                BodyNames.subject(n, named, m.start(), m.end()).or(() -> drafts.ifNamed(titled))
                        .ifPresent(kind -> drafts.of(kind, s, at).chairs.putIfAbsent(post, Evidence.at(s, at)));
            }
        }
    }
}
