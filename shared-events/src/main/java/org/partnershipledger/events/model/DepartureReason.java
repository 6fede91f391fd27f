package org.partnershipledger.events.model;

/** Why a commissioner chose a model other than the recommended one. */
public enum DepartureReason {

	LEGAL_OR_REGIME_CONSTRAINT, MARKET_CAPACITY, BUDGET_OR_FUNDING_RULES, POLITICAL_DIRECTION, PROVIDER_CAPABILITY,
	PILOT_FIRST, TIME_CONSTRAINT, OTHER

}
