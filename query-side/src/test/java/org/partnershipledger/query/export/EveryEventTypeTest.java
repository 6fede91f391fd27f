package org.partnershipledger.query.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.RichPartnership;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.timeline.EventSummaries;
import org.partnershipledger.query.timeline.SummaryNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type the shared events permit passes through the overview's fold, gets a
 * summary of its own on the timeline, and is either published by the OCDS export or
 * listed as not published: a new event type cannot reach production unhandled.
 */
class EveryEventTypeTest {

	private final TestEvents contracted = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));

	private final TestEvents aligned = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));

	/** A contract's whole life, from registration to closure. */
	private List<EventEnvelope> contractedLife() {
		TestEvents e = this.contracted;
		List<EventEnvelope> life = new ArrayList<>(RichPartnership.of(e, TestEvents.uniqueIdentifier("GB-CHC")));
		life.addAll(List.of(e.measureRevised("measure-1", "People housed", "160", "adaptation-1"),
				e.proposed("adaptation-2", "party-1", AdaptationCategory.SERVICE_DESIGN_CHANGE,
						AdaptationFormality.OPERATIONAL, "Sunday opening", "1"),
				e.rejected("adaptation-2", "Not this year"),
				e.proposed("adaptation-3", "party-1", AdaptationCategory.VOLUME_CHANGE, AdaptationFormality.OPERATIONAL,
						"More beds", "2"),
				e.withdrawn("adaptation-3", "party-1", "Demand fell"),
				e.iterationRecorded("iteration-2", "party-1", "Peer mentors"),
				e.minutesConfirmed("review-1", "party-1", null),
				e.reviewScheduled("review-2", ReviewType.OPERATIONAL_REVIEW, "2025-10-31", 14),
				e.reviewRescheduled("review-2", "2025-11-30", "The board could not meet"),
				e.reviewMissed("review-2", "2025-11-30", 14),
				e.varied("variation-1", "adaptation-1", "4500000", "4950000", "2030-05-31", "2030-05-31", "10", "10",
						"0"),
				e.extended("2030-05-31", "2031-05-31", "Good results"),
				e.outcomeReported("report-3", "party-1", "measure-1", "45"),
				e.reportQueried("report-3", "How were people counted?"),
				e.paymentMade("payment-1", "48000", "2025-10-30", "BACS-0001"),
				e.paymentAdjusted("payment-1", "adjustment-1", PaymentAdjustmentKind.SERVICE_CREDIT, "1000",
						"Data was late"),
				e.disputeResolved("dispute-1", "A data timetable both keep", "party-0", "party-1"),
				e.visionProposed("jd-1", 2, "Everyone housed within a week", "party-0", "party-1"),
				e.jointDeclined("jd-1", "party-1", "Not without more staff"),
				e.visionProposed("jd-2", 2, "Everyone housed within a fortnight", "party-0", "party-1"),
				e.jointConfirmed("jd-2", "party-1", "Agreed"),
				e.vision(2, "Everyone housed within a fortnight", "party-0", "party-1"),
				e.findingResponded("finding-1", "Thank you; nothing to change", true),
				e.terminated(TerminationReason.EXPIRY, "2031-05-31", "It ran its course"),
				e.left("party-1", "The contract ended", null),
				e.closed("2031-06-30", "Housed 600 people", "Start the data timetable on day one")));
		return life;
	}

	/**
	 * Public bodies aligned without a contract, from registration to the instrument's
	 * end.
	 */
	private List<EventEnvelope> alignedLife() {
		TestEvents e = this.aligned;
		return List.of(
				e.registered("Health and care alliance"), e.joined("party-1", "Northtown NHS Trust",
						TestEvents.uniqueIdentifier("GB-NHS"), PartyRole.STATUTORY_PARTNER),
				e.assessed(false, 5, 4, 4, 4, 5, 3, 5),
				e.chosen(PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT, PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT,
						PaymentMechanism.NONE),
				e.instrument("instrument-1", "party-0", "party-1"), e.assessed(true, 2, 2, 2, 2, 2, 2, 2),
				e.transitioned(PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT, PaymentMechanism.NONE,
						PartnershipModel.TRANSACTIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE,
						TransitionPrerequisite.INSTRUMENT_ENDED, TransitionPrerequisite.CONTRACT_CONCLUDED),
				e.instrumentEnded("instrument-1", "2026-03-31", "The bodies merged"));
	}

	@Test
	void theLivesTogetherHoldEveryPermittedEventType() {
		Set<Class<?>> seen = Stream.concat(contractedLife().stream(), alignedLife().stream())
			.map((envelope) -> envelope.event().getClass())
			.collect(Collectors.toSet());
		assertThat(seen)
			.containsExactlyInAnyOrderElementsOf(Arrays.asList(PartnershipEvent.class.getPermittedSubclasses()));
	}

	@Test
	void theFoldAppliesEveryEventType() {
		for (List<EventEnvelope> life : List.of(contractedLife(), alignedLife())) {
			PartnershipOverview overview = PartnershipOverview.empty();
			for (EventEnvelope envelope : life) {
				overview = overview.apply(envelope);
				assertThat(overview.version()).as(envelope.type()).isEqualTo(envelope.sequenceNumber());
			}
		}
	}

	@Test
	void everyEventTypeHasASummaryOfItsOwn() {
		for (List<EventEnvelope> life : List.of(contractedLife(), alignedLife())) {
			for (EventEnvelope envelope : life) {
				assertThat(EventSummaries.summarise(envelope, SummaryNames.IDS)).as(envelope.type())
					.isNotBlank()
					.isNotEqualTo(envelope.type());
			}
		}
	}

	@Test
	void everyEventTypeIsPublishedInOcdsOrListedAsNot() {
		for (List<EventEnvelope> life : List.of(contractedLife(), alignedLife())) {
			for (int upTo = 1; upTo <= life.size(); upTo++) {
				EventEnvelope last = life.get(upTo - 1);
				int before = OcdsReleases.of(life.subList(0, upTo - 1), "ocds-test").size();
				int after = OcdsReleases.of(life.subList(0, upTo), "ocds-test").size();
				boolean unpublished = OcdsReleases.UNPUBLISHED.contains(last.event().getClass());
				assertThat(after - before).as(last.type() + " releases").isEqualTo(unpublished ? 0 : 1);
			}
		}
	}

}
