package org.plankg.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything extracted from one plan document. Fields not stated in the text are null;
 * {@code bodies} are the steering group and its office, as far as the text names them; {@code file}
 * is what the plan was read from (format, media type, where each line or position is).
 */
public record Plan(String source, String sha256, District district, String title, String documentNumber,
                   String issuer, LocalDate issued, Integer startYear, Integer endYear,
                   List<Target> targets, List<Item> items, List<Unit> units,
                   List<Assignment> assignments, List<String> warnings, Coverage coverage,
                   List<Body> bodies, PlanFile file) {

    /** Where a line (a position, for files that are not text) is, as {@code extract} prints it: {@code plan.pdf#page=3&line=12}. */
    public String where(int line) {
        return source + file.locate(line);
    }

    /** The plan's period as written in IRIs, e.g. 2021-2025. */
    public String period() {
        if (startYear == null) {
            return issued == null ? "undated" : String.valueOf(issued.getYear());
        }
        return startYear + "-" + endYear;
    }
}
