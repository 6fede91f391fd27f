package org.partnershipledger.query.timeline;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The timeline's filter options, read from the real event log by an index probe per type
 * and per person: each type once in the order it first occurred, each person once as
 * their latest event names them, by name.
 */
class TimelineFilterOptionsTest extends QuerySideIntegrationTest {

	@Autowired
	private EventLogRepository eventLog;

	@Test
	void eachTypeOnceInTheOrderItFirstOccurredAndEachPersonOnceAsLastNamed() {
		TestEvents events = new TestEvents(organisation("GB-LAC", "Options Council"));
		Actor auditor = new Actor("olu", "Olu Auditor", ActorRole.AUDITOR, null);
		Actor renamed = new Actor("olu", "Olu Okafor", ActorRole.AUDITOR, null);
		publish(events.registered("Options partnership"),
				events.joined("party-1", "Options Trust", TestEvents.uniqueIdentifier("GB-CHC"),
						PartyRole.LEAD_PROVIDER),
				by(auditor, events.findingRaised("finding-1", "Payments", FindingSeverity.LOW, "Late")),
				events.measureDefined("measure-1", "People housed", "150"),
				by(renamed, events.findingRaised("finding-2", "Reviews", FindingSeverity.LOW, "Missed")),
				events.outcomeReported("report-1", "party-1", "measure-1", "42"));
		awaitVersion(events.partnershipId(), 5);

		assertThat(this.eventLog.types(events.partnershipId())).containsExactly("PartnershipRegistered", "PartyJoined",
				"AuditFindingRaised", "OutcomeMeasureDefined", "OutcomeReported");
		assertThat(this.eventLog.actors(events.partnershipId())).extracting(Actor::userId, Actor::displayName)
			.containsExactly(tuple("commissioner", "Casey Commissioner"), tuple("olu", "Olu Okafor"),
					tuple("provider", "Pat Provider"));
	}

	private static EventEnvelope by(Actor actor, EventEnvelope envelope) {
		return EventEnvelope.of(envelope.event(), envelope.eventId(), envelope.sequenceNumber(), envelope.globalIndex(),
				envelope.recordedAt(), actor, envelope.authority(), envelope.correlationId(), envelope.causationId());
	}

}
