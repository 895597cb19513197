package org.plankg.plan;

import java.time.LocalDate;

/**
 * What the plan says about itself; each is null when the text does not state it. An annual work
 * plan's period is its year ({@code startYear == endYear}). {@code outline} is the key of the
 * national outline it carries out (2021 or 2006), null when neither its text nor its years tell;
 * {@code cites} the title of the local plan it says it carries out (a county's city plan, a work
 * plan's five-year plan), null when it names none.
 */
public record PlanMetadata(String title, String documentNumber, String issuer, LocalDate issued,
                           Integer startYear, Integer endYear, Kind kind, String outline, String cites) {

    /** A plan for a period of years (实施方案), or a year's work plan (年度工作要点, 工作计划). */
    public enum Kind {
        IMPLEMENTATION("implementation-plan"), WORK_PLAN("work-plan");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
