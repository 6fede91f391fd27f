package org.partnershipledger.command.partnership;

import java.util.List;

/**
 * The partnership is CLOSED: it takes only audit findings, their responses and
 * transparency notices (409). The missed-review sweep takes it as done: a review still
 * open at closure needs no more watching.
 */
public class PartnershipAlreadyClosed extends PartnershipRejection {

	PartnershipAlreadyClosed(String message) {
		super(RejectionKind.CONFLICT, message, List.of());
	}

}
