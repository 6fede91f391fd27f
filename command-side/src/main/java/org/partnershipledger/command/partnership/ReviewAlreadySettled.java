package org.partnershipledger.command.partnership;

import java.util.List;

/**
 * A review was already held or missed, so it can be neither again (409). The
 * missed-review sweep takes it as done: the review needs no more watching.
 */
public class ReviewAlreadySettled extends PartnershipRejection {

	ReviewAlreadySettled(String message) {
		super(RejectionKind.CONFLICT, message, List.of());
	}

}
