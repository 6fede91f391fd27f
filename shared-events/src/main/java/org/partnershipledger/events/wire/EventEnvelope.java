package org.partnershipledger.events.wire;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipledger.events.EventTypes;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Authority;

/**
 * The published form of a stored event: the Kafka record's value. The payload stays JSON
 * so that an older revision can be migrated before it is read as an event.
 *
 * @param sequenceNumber 0..n per partnership, without gaps
 * @param globalIndex the event's position in the whole event store
 * @param causationId the id of the message that caused this event
 * @param correlationId the id of the message that started the chain
 * @param chainHash the tamper-evidence hash, once the store computes one
 * @param signature the command side's Ed25519 signature (base64) over the canonical JSON
 * of every other field; readers apply only envelopes whose signature verifies with the
 * ledger's public key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(String eventId, String type, String revision, String partnershipId, long sequenceNumber,
		long globalIndex, Instant occurredAt, Instant recordedAt, Actor actor, Authority authority,
		String correlationId, String causationId, JsonNode payload, String chainHash, String signature) {

	/** Builds the envelope of an event, serialising its payload. */
	public static EventEnvelope of(PartnershipEvent event, String eventId, long sequenceNumber, long globalIndex,
			Instant recordedAt, Actor actor, Authority authority, String correlationId, String causationId) {
		return new EventEnvelope(eventId, EventTypes.nameOf(event.getClass()), EventTypes.revisionOf(event.getClass()),
				event.partnershipId(), sequenceNumber, globalIndex, event.occurredAt(), recordedAt, actor, authority,
				correlationId, causationId, LedgerJson.mapper().valueToTree(event), null, null);
	}

	/** The same envelope carrying its tamper-evidence hash. */
	public EventEnvelope withChainHash(String hash) {
		return new EventEnvelope(this.eventId, this.type, this.revision, this.partnershipId, this.sequenceNumber,
				this.globalIndex, this.occurredAt, this.recordedAt, this.actor, this.authority, this.correlationId,
				this.causationId, this.payload, hash, null);
	}

	/** The same envelope carrying the command side's signature. */
	public EventEnvelope withSignature(String value) {
		return new EventEnvelope(this.eventId, this.type, this.revision, this.partnershipId, this.sequenceNumber,
				this.globalIndex, this.occurredAt, this.recordedAt, this.actor, this.authority, this.correlationId,
				this.causationId, this.payload, this.chainHash, value);
	}

	/**
	 * The payload at its event type's current revision: as stored when it is current,
	 * else migrated by {@link EventMigrations} (the stored JSON, which the chain hash
	 * covers, stays in {@link #payload()}).
	 * @throws IllegalArgumentException if the type is unknown or no migration leads from
	 * its revision to the current one
	 */
	public JsonNode currentPayload() {
		return EventMigrations.toCurrent(this.type, this.revision, this.payload);
	}

	/**
	 * The payload read as its event, from {@link #currentPayload()}.
	 * @throws IllegalArgumentException if the type is unknown or no migration leads from
	 * its revision to the current one
	 */
	public PartnershipEvent event() {
		Class<? extends PartnershipEvent> eventClass = EventTypes.classOf(this.type)
			.orElseThrow(() -> new IllegalArgumentException("Unknown event type '" + this.type + "'"));
		return LedgerJson.read(currentPayload(), eventClass);
	}

}
