package org.partnershipledger.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;
import org.partnershipledger.events.wire.EventEnvelope;

/** Hand-made, correctly chained histories to tamper with. */
final class Histories {

	static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

	private Histories() {
	}

	/** {@code count} events of one partnership, each carrying its chain hash. */
	static List<EventEnvelope> chained(String partnershipId, int count) {
		List<EventEnvelope> envelopes = new ArrayList<>();
		String previous = ChainHash.GENESIS;
		for (int sequence = 0; sequence < count; sequence++) {
			EventEnvelope envelope = envelope(partnershipId, sequence, "note " + sequence);
			String hash = ChainHash.of(envelope, previous);
			envelopes.add(envelope.withChainHash(hash));
			previous = hash;
		}
		return envelopes;
	}

	static EventEnvelope envelope(String partnershipId, long sequence, String note) {
		ObjectNode payload = CanonicalJson.mapper().createObjectNode();
		payload.put("partnershipId", partnershipId);
		payload.put("note", note);
		payload.put("amount", new BigDecimal("1250.50"));
		payload.put("occurredAt", START.plusSeconds(sequence).toString());
		return new EventEnvelope(partnershipId + "-e" + sequence, "PaymentMade", "1", partnershipId, sequence,
				100 + sequence, START.plusSeconds(sequence), START.plusSeconds(sequence + 60),
				new Actor("cara", "Cara Commissioner", ActorRole.COMMISSIONER, "party-1"),
				new Authority(AuthorityType.CONTRACT_CLAUSE, "Clause 24.2"), "corr-" + sequence, "cause-" + sequence,
				payload, null, null);
	}

	/** The links the event store would have recorded for these events. */
	static List<ChainLink> links(List<EventEnvelope> envelopes) {
		List<ChainLink> links = new ArrayList<>();
		String previous = ChainHash.GENESIS;
		for (EventEnvelope envelope : envelopes) {
			links.add(new ChainLink(envelope.partnershipId(), envelope.sequenceNumber(), envelope.eventId(),
					envelope.chainHash(), previous));
			previous = envelope.chainHash();
		}
		return links;
	}

	static List<StoredEvent> stored(List<EventEnvelope> envelopes) {
		return envelopes.stream().map(StoredEvent::of).toList();
	}

	/** The same event with another note in its payload, keeping its recorded hash. */
	static EventEnvelope altered(EventEnvelope envelope) {
		ObjectNode payload = envelope.payload().deepCopy();
		payload.put("note", "changed");
		return new EventEnvelope(envelope.eventId(), envelope.type(), envelope.revision(), envelope.partnershipId(),
				envelope.sequenceNumber(), envelope.globalIndex(), envelope.occurredAt(), envelope.recordedAt(),
				envelope.actor(), envelope.authority(), envelope.correlationId(), envelope.causationId(), payload,
				envelope.chainHash(), null);
	}

	/** The same event moved to another sequence number, keeping its recorded hash. */
	static EventEnvelope movedTo(EventEnvelope envelope, long sequence) {
		return new EventEnvelope(envelope.eventId(), envelope.type(), envelope.revision(), envelope.partnershipId(),
				sequence, envelope.globalIndex(), envelope.occurredAt(), envelope.recordedAt(), envelope.actor(),
				envelope.authority(), envelope.correlationId(), envelope.causationId(), envelope.payload(),
				envelope.chainHash(), null);
	}

}
