package org.partnershipledger.events.relational;

/** What an adaptation changes. A CORRECTION is a clerical fix, not an amendment. */
public enum AdaptationCategory {

	SERVICE_DESIGN_CHANGE, SCOPE_CHANGE, VOLUME_CHANGE, PRICE_OR_RATE_CHANGE, PAYMENT_MECHANISM_CHANGE,
	OUTCOME_MEASURE_CHANGE, TERM_EXTENSION, TERM_REDUCTION, PARTY_CHANGE, RISK_REALLOCATION, EMERGENCY_CHANGE,
	GOVERNANCE_CHANGE, PRINCIPLES_OR_VISION_CHANGE, CORRECTION;

	/**
	 * Whether a provider implements an agreed adaptation of this category (a change to
	 * the service it delivers); the commissioner implements the others (contract and
	 * payment changes).
	 */
	public boolean implementedByProvider() {
		return this == SERVICE_DESIGN_CHANGE || this == SCOPE_CHANGE || this == VOLUME_CHANGE
				|| this == EMERGENCY_CHANGE;
	}

}
