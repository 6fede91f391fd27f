package org.partnershipledger.query.projection;

import java.util.Objects;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.events.wire.Topics;

/**
 * Reads the partnership events topic. A record that is not a readable envelope, or whose
 * key is not the partnership it carries (so its order is not that partnership's), fails
 * and is parked by the error handler. The offset is committed per record after the
 * projection's transaction has committed (ack mode RECORD), so a crash between the two
 * redelivers the record, which the projection then ignores as a duplicate.
 */
@Component
public class PartnershipEventsListener {

	/** The listener container's id, for stopping and starting it. */
	public static final String ID = "partnership-events-projection";

	private final OverviewProjection projection;

	private final EnvelopeVerification verification;

	PartnershipEventsListener(OverviewProjection projection, EnvelopeVerification verification) {
		this.projection = projection;
		this.verification = verification;
	}

	/**
	 * Applies a record the ledger signed; parks any other record, with why, without
	 * reading anything from it.
	 */
	@KafkaListener(id = ID, topics = Topics.PARTNERSHIP_EVENTS, groupId = "query-side")
	void on(ConsumerRecord<String, String> record) {
		ReceivedRecord received = ReceivedRecord.of(record);
		Optional<String> refused = this.verification.problem(record.value());
		if (refused.isPresent()) {
			this.projection.parkRefused(received, refused.get());
			return;
		}
		EventEnvelope envelope = LedgerJson.read(record.value(), EventEnvelope.class);
		if (!Objects.equals(envelope.partnershipId(), record.key())) {
			throw new MisroutedRecordException(record.key(), envelope.partnershipId());
		}
		this.projection.accept(envelope, received);
	}

}
