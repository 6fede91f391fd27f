package org.partnershipledger.query.web;

import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.OutcomeReportStatus;

/** How the overview marks outcome reports and audit findings. */
final class AccountabilityWords {

	private AccountabilityWords() {
	}

	/**
	 * Verified reports are green, queried ones need attention, superseded ones are
	 * history.
	 */
	static String reportTag(OutcomeReportStatus status) {
		if (status == null) {
			return "govuk-tag--grey";
		}
		return switch (status) {
			case REPORTED -> "govuk-tag--blue";
			case QUERIED -> "govuk-tag--orange";
			case VERIFIED -> "govuk-tag--green";
			case SUPERSEDED -> "govuk-tag--grey";
		};
	}

	static String severityTag(FindingSeverity severity) {
		if (severity == null) {
			return "govuk-tag--grey";
		}
		return switch (severity) {
			case LOW -> "govuk-tag--yellow";
			case MEDIUM -> "govuk-tag--orange";
			case HIGH -> "govuk-tag--red";
		};
	}

}
