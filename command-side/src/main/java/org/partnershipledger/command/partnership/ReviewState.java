package org.partnershipledger.command.partnership;

/** Where a review point is: each ends either held or missed, never both. */
enum ReviewState {

	SCHEDULED, HELD, MISSED

}
