package org.plankg.plan;

import java.util.List;

/**
 * Everything extracted from one plan document: the file it was read from ({@code source}, its
 * {@code sha256} and {@code file}: format, media type, where each line or position is), its
 * district and metadata, and what it says; {@code bodies} are the steering group and its office,
 * as far as the text names them; {@code reforms} the units it says were renamed or merged.
 */
public record Plan(String source, String sha256, PlanFile file, District district, PlanMetadata metadata,
                   List<Target> targets, List<Item> items, List<Unit> units, List<Assignment> assignments,
                   List<Body> bodies, List<Reform> reforms, List<Warning> warnings, Coverage coverage) {

    /** Where a line (a position, for files that are not text) is, as {@code extract} prints it: {@code plan.pdf#page=3&line=12}. */
    public String where(int line) {
        return source + file.locate(line);
    }

    /** A warning as {@code extract} prints it: {@code plan.txt:12: message}, {@code plan.pdf#page=3&line=12: message}. */
    public String describe(Warning warning) {
        return (warning.position() == 0 ? source : where(warning.position())) + ": " + warning.message();
    }

    /** The plan's period as written in IRIs, e.g. 2021-2025. */
    public String period() {
        if (metadata.startYear() == null) {
            return metadata.issued() == null ? "undated" : String.valueOf(metadata.issued().getYear());
        }
        // a work plan's year, as a plan without a stated period was named by its year before
        if (metadata.startYear().equals(metadata.endYear())) return String.valueOf(metadata.startYear());
        return metadata.startYear() + "-" + metadata.endYear();
    }
}
