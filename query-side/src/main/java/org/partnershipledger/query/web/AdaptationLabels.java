package org.partnershipledger.query.web;

import java.util.List;

import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;

/**
 * Plain words about adaptations that pages need beyond their labels: hints and tag
 * colours.
 */
public final class AdaptationLabels {

	private AdaptationLabels() {
	}

	public static List<Option> formalityOptions() {
		return List.of(
				new Option(AdaptationFormality.OPERATIONAL.name(), Labels.of(AdaptationFormality.OPERATIONAL),
						"A change to how the service runs, within the contract as it stands"),
				new Option(AdaptationFormality.GOVERNANCE_DECISION.name(),
						Labels.of(AdaptationFormality.GOVERNANCE_DECISION),
						"A decision for a governance body, within its delegation"),
				new Option(AdaptationFormality.FORMAL_VARIATION.name(), Labels.of(AdaptationFormality.FORMAL_VARIATION),
						"An amendment of the contract itself"));
	}

	/** The GOV.UK tag colour for an adaptation's status. */
	public static String tag(AdaptationStatus status) {
		if (status == null) {
			return "govuk-tag--grey";
		}
		return switch (status) {
			case PROPOSED -> "govuk-tag--blue";
			case ASSESSED -> "govuk-tag--light-blue";
			case AGREED -> "govuk-tag--turquoise";
			case IMPLEMENTED -> "govuk-tag--green";
			case EVALUATED -> "govuk-tag--purple";
			case REJECTED -> "govuk-tag--red";
			case WITHDRAWN -> "govuk-tag--grey";
		};
	}

}
