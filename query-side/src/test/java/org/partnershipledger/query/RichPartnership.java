package org.partnershipledger.query;

import java.util.List;
import java.util.Map;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.relational.TransparencyNoticeType;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * One partnership that goes through most of the catalogue: set-up, the relational basis,
 * an adaptation from proposal to evaluation, an iteration, a review held, outcome reports
 * with a correction, a payment, a dispute, a notice and an audit finding.
 */
public final class RichPartnership {

	private RichPartnership() {
	}

	public static List<EventEnvelope> of(TestEvents events, OrganisationIdentifier charity) {
		List<AdaptationCategory> board = List.of(AdaptationCategory.SERVICE_DESIGN_CHANGE,
				AdaptationCategory.VOLUME_CHANGE);
		return List.of(events.registered("Rich partnership"),
				events.joined("party-1", "Shelter Trust", charity, PartyRole.LEAD_PROVIDER),
				events.assessed(true, TestEvents.RELATIONAL_SCORES),
				events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE),
				events.vision(1, "Nobody sleeps rough", "party-0", "party-1"),
				events.principles(1, "party-0", "party-1"),
				events.governance(1, "board", "Partnership Board", board, "party-0", "party-1"),
				events.measureDefined("measure-1", "People housed", "150"), events.contract("contract-1", "party-1"),
				events.iterationStarted("iteration-1", "party-1", "Text reminders", null),
				events.proposed("adaptation-1", "party-1", AdaptationCategory.SERVICE_DESIGN_CHANGE,
						AdaptationFormality.OPERATIONAL, "Saturday opening", "4", "iteration-1"),
				events.iterationConcluded("iteration-1", "party-1", "adaptation-1"),
				events.adaptationAssessed("adaptation-1", "4"), events.agreed("adaptation-1", "board", 1, "party-1"),
				events.implemented("adaptation-1", "2025-08-01"),
				events.evaluated("adaptation-1", AdaptationEffect.EFFECTIVE),
				events.reviewScheduled("review-1", ReviewType.PARTNERSHIP_BOARD_REVIEW, "2025-09-30", 14),
				events.reviewHeld("review-1", "2025-09-29", Map.of("party-0", 4, "party-1", 3)),
				events.outcomeReported("report-1", "party-1", "measure-1", "42"),
				events.reportCorrected("report-2", "report-1", "party-1", "measure-1", "40", "Counted twice"),
				events.reportVerified("report-2", "Checked"),
				events.paymentScheduled("payment-1", PaymentKind.OUTCOME, "48000", "2025-10-31", "report-2"),
				events.disputeRaised("dispute-1", "party-1", "Late data", "party-0", "party-1"),
				events.disputeEscalated("dispute-1", DisputeStep.JOINT_WORKING_GROUP, DisputeStep.SENIOR_LEADERS,
						"No agreement"),
				events.noticeRecorded("notice-1", TransparencyNoticeType.UK11, "UK11-1", "2026-04-01", "contract-1"),
				events.findingRaised("finding-1", "Payments", FindingSeverity.LOW, "All in order"));
	}

}
