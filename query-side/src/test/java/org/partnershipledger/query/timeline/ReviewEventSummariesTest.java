package org.partnershipledger.query.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.partnership.PartnershipOverview;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain-English lines of the five review events, naming parties and reviews. */
class ReviewEventSummariesTest {

	private final TestEvents events = new TestEvents(new OrganisationIdentifier("GB-LAC", "E08000003"));

	@Test
	void eachReviewEventReadsAsASentenceThatNamesThePartiesAndTheReview() {
		EventEnvelope registered = this.events.registered("Homelessness outcomes");
		EventEnvelope joined = this.events.joined("party-1", "Shelter Trust",
				new OrganisationIdentifier("GB-CHC", "1234567"), PartyRole.LEAD_PROVIDER);
		EventEnvelope scheduled = this.events.reviewScheduled("review-1", ReviewType.OPERATIONAL_REVIEW, "2025-09-30",
				14);
		EventEnvelope moved = this.events.reviewRescheduled("review-1", "2025-10-15", "The chair is away");
		Map<String, Integer> ratings = new LinkedHashMap<>();
		ratings.put("party-0", 5);
		ratings.put("party-1", 2);
		EventEnvelope held = this.events.reviewHeld("review-1", "2025-10-14", ratings);
		EventEnvelope confirmed = this.events.minutesConfirmed("review-1", "party-1", "The data action");
		EventEnvelope other = this.events.reviewScheduled("review-2", ReviewType.PARTNERSHIP_BOARD_REVIEW, "2025-06-30",
				7);
		EventEnvelope missed = this.events.reviewMissed("review-2", "2025-06-30", 7);
		PartnershipOverview overview = PartnershipOverview.empty();
		for (EventEnvelope envelope : new EventEnvelope[] { registered, joined, scheduled, moved, held, confirmed,
				other, missed }) {
			overview = overview.apply(envelope);
		}
		SummaryNames names = SummaryNames.of(overview);

		assertThat(EventSummaries.summarise(scheduled, names))
			.isEqualTo("Scheduled an operational review due 2025-09-30 with 14 days of grace, "
					+ "with a relational health check");
		assertThat(EventSummaries.summarise(moved, names))
			.isEqualTo("Moved the operational review first due 2025-09-30 to 2025-10-15: The chair is away");
		assertThat(EventSummaries.summarise(held, names)).startsWith(
				"Held the operational review first due 2025-09-30 on 2025-10-14 with Anytown Council and Shelter Trust: "
						+ "performance approaching target, 1 decision, 1 action; relational health amber (overall 3.50,")
			.contains("low item", "perception gap");
		assertThat(EventSummaries.summarise(confirmed, names)).isEqualTo(
				"Shelter Trust confirmed the minutes of the operational review first due 2025-09-30, dissenting: "
						+ "The data action");
		assertThat(EventSummaries.summarise(missed, names)).isEqualTo(
				"Missed the partnership board review first due 2025-06-30: due 2025-06-30, not held within 7 days of grace");
		assertThat(EventSummaries.summarise(missed)).startsWith("Missed review review-2");
	}

}
