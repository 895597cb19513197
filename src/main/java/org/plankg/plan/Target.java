package org.plankg.plan;

import java.math.BigDecimal;

/** A quantified goal of a plan, such as 公民具备科学素质的比例 25.5% by 2025. */
public record Target(String indicator, BigDecimal value, String unitOfMeasure, int year, String quote, int line) {
}
