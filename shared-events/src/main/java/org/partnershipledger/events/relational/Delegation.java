package org.partnershipledger.events.relational;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a governance body may agree on its own: adaptations of the allowed categories
 * whose value and term change (in percent, either direction) stay within the limits.
 */
public record Delegation(String bodyId, BigDecimal maxValueChangePct, BigDecimal maxTermChangePct,
		List<AdaptationCategory> allowedCategories) {

	public Delegation {
		allowedCategories = (allowedCategories == null) ? List.of() : List.copyOf(allowedCategories);
	}

}
