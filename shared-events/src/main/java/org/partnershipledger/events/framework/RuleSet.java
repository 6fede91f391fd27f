package org.partnershipledger.events.framework;

import java.util.Map;

/** A versioned rule that turns an assessment into a recommendation. */
public interface RuleSet {

	/** The version stored with every recommendation, such as {@code RC-1}. */
	String version();

	/**
	 * Recommends a model for a service.
	 * @param moneyChangesHands the gate: will any party be paid by another for delivering
	 * the service
	 * @param scores a score from 1 to 5 for each of the seven dimensions, {@code null}
	 * where unknown; at most two unknown
	 * @return the recommendation
	 * @throws IllegalArgumentException if a dimension is missing, a score is out of range
	 * or more than two are unknown
	 */
	Recommendation recommend(boolean moneyChangesHands, Map<Dimension, Integer> scores);

	/**
	 * The shortest justification, in characters, of a choice that departs from the
	 * recommendation or follows a LOW-confidence one.
	 */
	int minimumJustificationLength();

	/** When a reassessment of the service is due. */
	ReassessmentThresholds reassessment();

}
