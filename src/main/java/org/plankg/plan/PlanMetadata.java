package org.plankg.plan;

import java.time.LocalDate;

/** What the plan says about itself; each is null when the text does not state it. */
public record PlanMetadata(String title, String documentNumber, String issuer, LocalDate issued,
                           Integer startYear, Integer endYear) {
}
