package org.partnershipledger.events.relational;

/** How well an implemented adaptation worked. */
public enum AdaptationEffect {

	EFFECTIVE, PARTLY, NOT_EFFECTIVE, INCONCLUSIVE

}
