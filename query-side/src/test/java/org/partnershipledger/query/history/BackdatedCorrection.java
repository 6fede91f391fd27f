package org.partnershipledger.query.history;

import java.util.List;

import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.Restamp;
import org.partnershipledger.query.TestEvents;

/**
 * A partnership whose provider reported 42 people housed on 1 July 2025, then on 1
 * October 2025 recorded a correction to 40 that took effect on 2 July: on 31 August the
 * record said 42, but 40 was in effect.
 *
 * <pre>
 * #  event               took effect   recorded
 * 0  registered          2025-04-01    2025-04-01
 * 1  provider joined     2025-04-02    2025-04-02
 * 2  measure defined     2025-04-03    2025-04-03
 * 3  contract concluded  2025-04-04    2025-04-04  (ACTIVE)
 * 4  42 reported         2025-07-01    2025-07-01
 * 5  corrected to 40     2025-07-02    2025-10-01  (back-dated)
 * 6  review scheduled    2025-10-02    2025-10-02
 * </pre>
 */
final class BackdatedCorrection {

	final TestEvents events;

	final List<EventEnvelope> envelopes;

	BackdatedCorrection(OrganisationIdentifier council, OrganisationIdentifier charity) {
		this.events = new TestEvents(council);
		this.envelopes = List.of(
				Restamp.at(this.events.registered("Housing outcomes"), "2025-04-01T09:00:00Z", "2025-04-01T09:01:00Z"),
				Restamp.at(this.events.joined("party-1", "Shelter Trust", charity, PartyRole.LEAD_PROVIDER),
						"2025-04-02T09:00:00Z", "2025-04-02T09:01:00Z"),
				Restamp.at(this.events.measureDefined("measure-1", "People housed", "150"), "2025-04-03T09:00:00Z",
						"2025-04-03T09:01:00Z"),
				Restamp.at(this.events.contract("contract-1", "party-1"), "2025-04-04T09:00:00Z",
						"2025-04-04T09:01:00Z"),
				Restamp.at(this.events.outcomeReported("report-1", "party-1", "measure-1", "42"),
						"2025-07-01T09:00:00Z", "2025-07-01T09:01:00Z"),
				Restamp.at(this.events.reportCorrected("report-2", "report-1", "party-1", "measure-1", "40",
						"Two people were counted twice"), "2025-07-02T09:00:00Z", "2025-10-01T09:00:00Z"),
				Restamp.at(
						this.events.reviewScheduled("review-1", ReviewType.PARTNERSHIP_BOARD_REVIEW, "2025-12-31", 14),
						"2025-10-02T09:00:00Z", "2025-10-02T09:01:00Z"));
	}

	String partnershipId() {
		return this.events.partnershipId();
	}

	EventEnvelope[] all() {
		return this.envelopes.toArray(EventEnvelope[]::new);
	}

}
