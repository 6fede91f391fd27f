package org.partnershipledger.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored row reads back as the envelope the relay publishes for it, to the hash. */
class StoredEventRowTest {

	private static final PartyJoined EVENT = new PartyJoined("p-1", "party-2",
			new Organisation("Homes Together", new OrganisationIdentifier("GB-CHC", "1149085")),
			List.of(PartyRole.values()[0]), PartyBasis.values()[0], "Joined to deliver", null, null,
			Instant.parse("2026-03-01T09:00:00Z"));

	@Test
	void aRowGivesTheEnvelopeThatWasPublishedForIt() throws Exception {
		Map<String, String> metaData = Map.of("actorUserId", "cara", "actorDisplayName", "Cara Commissioner",
				"actorRole", "COMMISSIONER", "actorPartyId", "party-1", "authorityType", "CONTRACT_CLAUSE",
				"authorityReference", "Clause 24.2", "traceId", "root-1", "correlationId", "parent-1");
		StoredEventRow row = new StoredEventRow(42, "p-1", 1, "e-1", PartyJoined.class.getName(), "1",
				LedgerJson.mapper().writeValueAsBytes(EVENT), LedgerJson.mapper().writeValueAsBytes(metaData),
				"2026-03-01T09:00:01.250Z");
		EventEnvelope published = EventEnvelope.of(EVENT, "e-1", 1, 42, Instant.parse("2026-03-01T09:00:01.250Z"),
				new Actor("cara", "Cara Commissioner", ActorRole.COMMISSIONER, "party-1"),
				new Authority(AuthorityType.CONTRACT_CLAUSE, "Clause 24.2"), "root-1", "parent-1");

		EventEnvelope read = row.toEnvelope();

		assertThat(read.type()).isEqualTo("PartyJoined");
		assertThat(read.correlationId()).isEqualTo("root-1");
		assertThat(read.causationId()).isEqualTo("parent-1");
		assertThat(ChainHash.of(read, ChainHash.GENESIS)).isEqualTo(ChainHash.of(published, ChainHash.GENESIS));
	}

	@Test
	void aRowOfAnUnknownTypeOrBrokenJsonIsUnreadable() {
		StoredEventRow unknown = new StoredEventRow(1, "p-1", 0, "e-0", "com.example.Other", "1", "{}".getBytes(), null,
				"2026-03-01T09:00:01Z");
		StoredEventRow broken = new StoredEventRow(1, "p-1", 0, "e-0", PartyJoined.class.getName(), "1",
				"{\"partnershipId\":".getBytes(), null, "2026-03-01T09:00:01Z");

		assertThat(StoredEvent.of(unknown).unreadable()).contains("com.example.Other");
		assertThat(StoredEvent.of(broken).unreadable()).contains("could not be read");
	}

}
