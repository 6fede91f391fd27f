package org.partnershipledger.events.relational;

/**
 * Where an adaptation is in its life: PROPOSED, ASSESSED, AGREED, then IMPLEMENTED and
 * EVALUATED; or REJECTED or WITHDRAWN.
 */
public enum AdaptationStatus {

	PROPOSED, ASSESSED, AGREED, REJECTED, WITHDRAWN, IMPLEMENTED, EVALUATED

}
