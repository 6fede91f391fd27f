package org.partnershipledger.query.timeline;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.events.relational.TransparencyNoticeType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.partnership.PartnershipOverview;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-English lines of contract change and exit, outcome reports, payments,
 * disputes and accountability, naming what the overview knows.
 */
class ContractAndAccountabilityEventSummariesTest {

	private final TestEvents events = new TestEvents(new OrganisationIdentifier("GB-LAC", "E08000003"));

	private PartnershipOverview overview = PartnershipOverview.empty();

	@Test
	void eachEventReadsAsASentenceThatNamesWhatItConcerns() {
		apply(this.events.registered("Homelessness outcomes"), this.events.joined("party-1", "Shelter Trust",
				new OrganisationIdentifier("GB-CHC", "1234567"), PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED),
				this.events.governance(1, "board", "Partnership Board", List.of(AdaptationCategory.SCOPE_CHANGE),
						"party-0", "party-1"),
				this.events.measureDefined("measure-1", "People housed", "150"),
				this.events.contract("contract-1", "party-1"),
				this.events.proposed("adaptation-1", "party-1", AdaptationCategory.SCOPE_CHANGE,
						AdaptationFormality.FORMAL_VARIATION, "Add a night shelter", "8"));
		EventEnvelope varied = this.events.varied("variation-1", "adaptation-1", "4500000", "4860000", "2030-05-31",
				"2030-11-30", "8", "8", "10");
		EventEnvelope extended = this.events.extended("2030-11-30", "2031-11-30", "The extension option");
		EventEnvelope reported = this.events.outcomeReported("report-1", "party-1", "measure-1", "42");
		EventEnvelope queried = this.events.reportQueried("report-1", "Which wards?");
		EventEnvelope verified = this.events.reportVerified("report-1", "Checked the cases");
		EventEnvelope corrected = this.events.reportCorrected("report-2", "report-1", "party-1", "measure-1", "40",
				"Two cases counted twice");
		EventEnvelope scheduled = this.events.paymentScheduled("payment-1", PaymentKind.OUTCOME, "48000", "2025-07-31",
				"report-2");
		EventEnvelope made = this.events.paymentMade("payment-1", "48000", "2025-07-30", "BACS-77");
		EventEnvelope adjusted = this.events.paymentAdjusted("payment-1", "adjustment-1",
				PaymentAdjustmentKind.SERVICE_CREDIT, "1200", "Late data");
		EventEnvelope raised = this.events.disputeRaised("dispute-1", "party-1", "Late data", "party-0", "party-1");
		EventEnvelope escalated = this.events.disputeEscalated("dispute-1", DisputeStep.JOINT_WORKING_GROUP,
				DisputeStep.SENIOR_LEADERS, "No agreement");
		EventEnvelope resolved = this.events.disputeResolved("dispute-1", "Data weekly", "party-0", "party-1");
		EventEnvelope notice = this.events.noticeRecorded("notice-1", TransparencyNoticeType.UK10, "UK10-0042",
				"2025-09-15", "variation-1");
		EventEnvelope finding = this.events.findingRaised("finding-1", "contract change notices", FindingSeverity.HIGH,
				"A notice came late");
		EventEnvelope responded = this.events.findingResponded("finding-1", "Fixed the process", true);
		EventEnvelope terminated = this.events.terminated(TerminationReason.EARLY_BY_AGREEMENT, "2027-03-31",
				"Moved in-house");
		EventEnvelope closed = this.events.closed("2027-06-30", "Handed over well", "Share data early",
				"Agree the ladder");
		apply(varied, extended, reported, queried, verified, corrected, scheduled, made, adjusted, raised, escalated,
				resolved, notice, finding, responded, terminated, closed);
		SummaryNames names = SummaryNames.of(this.overview);

		assertThat(EventSummaries.summarise(varied, names)).isEqualTo(
				"Varied the contract under the adaptation \u201cAdd a night shelter\u201d (scope change, light touch "
						+ "free modification): value GBP 4500000 to GBP 4860000, end 2030-05-31 to 2030-11-30, "
						+ "effective 2025-10-01; cumulative change 8% in value and 10% in term; contract change notice "
						+ "UK10-0042 published 2025-09-15");
		assertThat(EventSummaries.summarise(extended, names))
			.isEqualTo("Extended the contract from 2030-11-30 to 2031-11-30: The extension option");
		assertThat(EventSummaries.summarise(reported, names))
			.isEqualTo("Shelter Trust reported 42 for \u201cPeople housed\u201d, 2025-04-01 to 2025-06-30");
		assertThat(EventSummaries.summarise(queried, names))
			.isEqualTo("Queried the report of \u201cPeople housed\u201d for 2025-04-01 to 2025-06-30: Which wards?");
		assertThat(EventSummaries.summarise(verified, names)).isEqualTo(
				"Verified the report of \u201cPeople housed\u201d for 2025-04-01 to 2025-06-30: Checked the cases");
		assertThat(EventSummaries.summarise(corrected, names))
			.isEqualTo("Shelter Trust corrected the report of \u201cPeople housed\u201d for 2025-04-01 to "
					+ "2025-06-30 to 40: Two cases counted twice");
		assertThat(EventSummaries.summarise(scheduled, names))
			.isEqualTo("Scheduled an outcome payment of GBP 48000 due 2025-07-31 for 1 verified outcome report");
		assertThat(EventSummaries.summarise(made, names))
			.isEqualTo("Paid GBP 48000 on 2025-07-30 for the outcome payment due 2025-07-31 (ref BACS-77)");
		assertThat(EventSummaries.summarise(adjusted, names))
			.isEqualTo("Adjusted the outcome payment due 2025-07-31: service credit of GBP 1200: Late data");
		assertThat(EventSummaries.summarise(raised, names))
			.isEqualTo("Shelter Trust raised a dispute, \u201cLate data\u201d, with Anytown Council and Shelter Trust, "
					+ "citing honesty; at joint working group");
		assertThat(EventSummaries.summarise(escalated, names)).isEqualTo(
				"Escalated the dispute \u201cLate data\u201d from joint working group to senior leaders: No agreement");
		assertThat(EventSummaries.summarise(resolved, names)).isEqualTo(
				"Resolved the dispute \u201cLate data\u201d, agreed by Anytown Council and Shelter Trust: Data weekly");
		assertThat(EventSummaries.summarise(notice, names))
			.isEqualTo("Published UK10 notice UK10-0042 on 2025-09-15 about variation-1");
		assertThat(EventSummaries.summarise(finding, names)).isEqualTo(
				"An auditor raised a high severity finding on contract change notices as of 2026-03-31: A notice came late");
		assertThat(EventSummaries.summarise(responded, names))
			.isEqualTo("Accepted the audit finding on contract change notices: Fixed the process");
		assertThat(EventSummaries.summarise(terminated, names)).isEqualTo(
				"The contract ended on 2027-03-31 (early by agreement): Moved in-house; the partnership is exiting");
		assertThat(EventSummaries.summarise(closed, names))
			.isEqualTo("Closed the partnership on 2027-06-30: Handed over well (2 lessons recorded)");
		assertThat(EventSummaries.summarise(escalated)).startsWith("Escalated dispute dispute-1 from");
	}

	@Test
	void anEndedInstrumentReadsAsTheStartOfTheExit() {
		EventEnvelope ended = this.events.instrumentEnded("instrument-1", "2026-06-01", "The charter ran its course");

		assertThat(EventSummaries.summarise(ended)).isEqualTo(
				"The alignment instrument ended on 2026-06-01: The charter ran its course; the partnership is exiting");
	}

	private void apply(EventEnvelope... envelopes) {
		for (EventEnvelope envelope : envelopes) {
			this.overview = this.overview.apply(envelope);
		}
	}

}
