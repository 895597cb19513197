package org.plankg.extract;

import org.plankg.plan.Plan;
import org.plankg.plan.SourceText;

/** A plan as read, with the text it was read from. */
public record PlanWithText(Plan plan, SourceText text) {
}
