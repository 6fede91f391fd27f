package org.partnershipledger.events.framework;

/** Flags a recommendation can carry. */
public enum RecommendationFlag {

	GATE_NO_MONEY, BORDERLINE, OVERRIDE_INCOMPLETENESS_FLOOR, MIXED_PROFILE, IMPUTED_DIMENSIONS

}
