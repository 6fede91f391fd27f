package org.partnershipledger.events.framework;

import java.math.BigDecimal;
import java.util.Set;

import org.partnershipledger.events.relational.AdaptationCategory;

/**
 * When a reassessment of the service is due (DOMAIN.md §2.5), as a rule set words it.
 *
 * @param afterMonths after the latest assessment, in any case
 * @param uncertainAfterMonths after a borderline or imputed one
 * @param reshaping the adaptation categories that reshape the service
 * @param reshapingCount how many reshaping adaptations agreed ...
 * @param reshapingWithinMonths ... within how many months make it due
 * @param changeLimitPct a cumulative change of value or term beyond this, either way
 */
public record ReassessmentThresholds(int afterMonths, int uncertainAfterMonths, Set<AdaptationCategory> reshaping,
		int reshapingCount, int reshapingWithinMonths, BigDecimal changeLimitPct) {

	public ReassessmentThresholds {
		reshaping = Set.copyOf(reshaping);
	}

}
