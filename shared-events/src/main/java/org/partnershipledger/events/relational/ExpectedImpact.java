package org.partnershipledger.events.relational;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a proposed adaptation is expected to change: value and term in percent (negative
 * for a reduction), scope in words, and the ids of the measures affected.
 */
public record ExpectedImpact(BigDecimal valueChangePct, BigDecimal termChangePct, String scopeSummary,
		List<String> measuresAffected) {

	public ExpectedImpact {
		valueChangePct = (valueChangePct == null) ? BigDecimal.ZERO : valueChangePct;
		termChangePct = (termChangePct == null) ? BigDecimal.ZERO : termChangePct;
		measuresAffected = (measuresAffected == null) ? List.of() : List.copyOf(measuresAffected);
	}

}
