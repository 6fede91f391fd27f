package org.partnershipledger.command.partnership;

import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.relational.OutcomeReportStatus;

/**
 * An outcome report as the aggregate remembers it: whose it is, what it measures and
 * whether it may be paid on.
 */
record OutcomeReport(String reportId, String providerPartyId, String measureId, Period period,
		OutcomeReportStatus status) {

	OutcomeReport in(OutcomeReportStatus newStatus) {
		return new OutcomeReport(this.reportId, this.providerPartyId, this.measureId, this.period, newStatus);
	}

}
