package org.partnershipledger.events.relational;

/** The kinds of review point, with their usual cadence. */
public enum ReviewType {

	/** Monthly. */
	OPERATIONAL_REVIEW,

	/** Quarterly. */
	PARTNERSHIP_BOARD_REVIEW,

	/** At least every 12 months where KPIs exist. */
	ANNUAL_PERFORMANCE_ASSESSMENT,

	/** Every 6 to 12 months. */
	RELATIONAL_HEALTH_CHECK,

	/** Every 12 months, or when triggered. */
	CHARACTERISTICS_REASSESSMENT,

	ADAPTATION_EFFECT_REVIEW, GATE_OR_BREAK_POINT, EXIT_AND_LEARNING_REVIEW, TRIGGERED_REVIEW

}
