package org.partnershipledger.command.partnership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.command.config.SchemaMigrationUpcaster;
import org.partnershipledger.command.partnership.AdaptationCommands.AgreeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.ImplementAdaptation;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.EventTypes;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.ADAPTATION;
import static org.partnershipledger.command.partnership.RelationalTestData.agreeRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.councilApproves;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.serviceChangeProposed;

/**
 * A history an older ledger wrote: the rejection is stored as revision 1 of
 * {@code AdaptationRejected} (its field then called {@code reasons}). Read back as the
 * event store reads it -- rows through Axon's serializer and the upcaster chain -- the
 * aggregate replays it as the current revision and decides the next command on it.
 */
class OlderRevisionReplayTest {

	private static final ObjectMapper MAPPER = LedgerJson.configure(new ObjectMapper());

	private final JacksonSerializer serializer = JacksonSerializer.builder()
		.objectMapper(MAPPER)
		.revisionResolver(EventTypes::revisionOf)
		.build();

	private final EventUpcaster upcasters = new EventUpcasterChain(new SchemaMigrationUpcaster());

	@Test
	void aRejectionStoredAsRevisionOneReplaysWithItsReason() {
		List<PartnershipEvent> replayed = replay(olderLedgersHistory());

		assertThat(replayed.get(replayed.size() - 1))
			.isEqualTo(new AdaptationRejected(PARTNERSHIP, ADAPTATION, "Not within this year's budget", day(4)));
	}

	@Test
	void theReplayedAggregateRefusesToAgreeOrImplementTheRejectedAdaptation() {
		List<PartnershipEvent> replayed = replay(olderLedgersHistory());

		new AggregateTestFixture<>(Partnership.class).given(replayed)
			.when(new AgreeAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER, agreeRequest(councilApproves()), day(5)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(replayed)
			.when(new ImplementAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					new ImplementAdaptationRequest(day(5).atZone(java.time.ZoneOffset.UTC).toLocalDate(), "Done", null,
							null),
					day(5)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void theStoredRowKeepsItsRevisionAndJson() {
		List<DomainEventData<?>> rows = olderLedgersHistory();
		DomainEventData<?> rejection = rows.get(rows.size() - 1);

		replay(rows);

		assertThat(rejection.getPayload().getType().getRevision()).isEqualTo("1");
		assertThat(new String((byte[]) rejection.getPayload().getData())).contains("\"reasons\"")
			.doesNotContain("\"reason\"");
	}

	/**
	 * The active partnership and a proposal as today's ledger stores them, then a r1
	 * rejection.
	 */
	private List<DomainEventData<?>> olderLedgersHistory() {
		List<PartnershipEvent> current = concat(formalRelationalActive(), List.of(serviceChangeProposed("1.5")));
		Stream<DomainEventData<?>> rows = java.util.stream.IntStream.range(0, current.size())
			.mapToObj((sequence) -> row(sequence, current.get(sequence).getClass().getName(),
					EventTypes.revisionOf(current.get(sequence).getClass()),
					this.serializer.serialize(current.get(sequence), byte[].class).getData(),
					current.get(sequence).occurredAt()));
		ObjectNode r1 = MAPPER.createObjectNode()
			.put("partnershipId", PARTNERSHIP)
			.put("adaptationId", ADAPTATION)
			.put("reasons", "Not within this year's budget")
			.put("occurredAt", day(4).toString());
		DomainEventData<?> rejection = row(current.size(), AdaptationRejected.class.getName(), "1", bytes(r1), day(4));
		return Stream.concat(rows, Stream.of(rejection)).toList();
	}

	private List<PartnershipEvent> replay(List<DomainEventData<?>> rows) {
		return EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), this.serializer, this.upcasters)
			.asStream()
			.map(DomainEventMessage::getPayload)
			.map(PartnershipEvent.class::cast)
			.toList();
	}

	private static DomainEventData<?> row(long sequence, String type, String revision, byte[] payload, Instant at) {
		return new GenericDomainEventEntry<>("Partnership", PARTNERSHIP, sequence, UUID.randomUUID().toString(), at,
				type, revision, payload, "{}".getBytes());
	}

	private static byte[] bytes(ObjectNode json) {
		try {
			return MAPPER.writeValueAsBytes(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
