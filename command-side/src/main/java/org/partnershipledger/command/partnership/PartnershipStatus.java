package org.partnershipledger.command.partnership;

/** Where a partnership is in its life. */
public enum PartnershipStatus {

	REGISTERED, ASSESSED, MODEL_CHOSEN, ACTIVE, EXITING, CLOSED

}
