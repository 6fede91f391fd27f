package org.partnershipledger.events.relational;

import java.time.Period;
import java.util.Optional;

/**
 * The kinds of review point (DOMAIN.md §6), with their usual cadence: once a review of a
 * type with a cadence is held or missed, the ledger schedules the next one at its due
 * date plus the cadence.
 */
public enum ReviewType {

	/** Monthly. */
	OPERATIONAL_REVIEW(1),

	/** Quarterly. */
	PARTNERSHIP_BOARD_REVIEW(3),

	/** At least every 12 months where KPIs exist. */
	ANNUAL_PERFORMANCE_ASSESSMENT(12),

	/** Every 6 to 12 months; the ledger schedules the next after 6. */
	RELATIONAL_HEALTH_CHECK(6),

	/** Every 12 months, or when triggered. */
	CHARACTERISTICS_REASSESSMENT(12),

	ADAPTATION_EFFECT_REVIEW(0), GATE_OR_BREAK_POINT(0), EXIT_AND_LEARNING_REVIEW(0), TRIGGERED_REVIEW(0);

	private final int cadenceMonths;

	ReviewType(int cadenceMonths) {
		this.cadenceMonths = cadenceMonths;
	}

	/**
	 * How long after one review's due date the next is due; empty for one-off reviews.
	 */
	public Optional<Period> cadence() {
		return (this.cadenceMonths == 0) ? Optional.empty() : Optional.of(Period.ofMonths(this.cadenceMonths));
	}

}
