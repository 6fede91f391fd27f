package org.partnershipledger.command.partnership;

import java.util.List;

import org.partnershipledger.events.relational.PaymentKind;

/** A payment as the aggregate remembers it: what it pays on and whether it was made. */
record Payment(String paymentId, PaymentKind kind, List<String> linkedReportIds, boolean made) {

	Payment {
		linkedReportIds = List.copyOf(linkedReportIds);
	}

	Payment madeNow() {
		return new Payment(this.paymentId, this.kind, this.linkedReportIds, true);
	}

}
