package org.partnershipledger.command.relay;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.events.wire.Topics;

/**
 * Sends an envelope to the partnership events topic, keyed by partnership id so order per
 * partnership holds, and blocks until the broker acknowledged it ({@code acks=all},
 * idempotent producer).
 */
@Component
public class KafkaEnvelopeSender implements EnvelopeSender {

	private final KafkaTemplate<String, String> kafka;

	private final RelaySettings settings;

	KafkaEnvelopeSender(KafkaTemplate<String, String> kafka, RelaySettings settings) {
		this.kafka = kafka;
		this.settings = settings;
	}

	@Override
	public void send(EventEnvelope envelope) {
		ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PARTNERSHIP_EVENTS,
				envelope.partnershipId(), LedgerJson.write(envelope));
		Headers headers = record.headers();
		header(headers, Topics.HEADER_EVENT_ID, envelope.eventId());
		header(headers, Topics.HEADER_TYPE, envelope.type());
		header(headers, Topics.HEADER_REVISION, envelope.revision());
		header(headers, Topics.HEADER_PARTNERSHIP_ID, envelope.partnershipId());
		header(headers, Topics.HEADER_SEQUENCE_NUMBER, Long.toString(envelope.sequenceNumber()));
		try {
			this.kafka.send(record).get(this.settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RelayFailedException("Interrupted while sending " + describe(envelope), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new RelayFailedException("Kafka did not acknowledge " + describe(envelope), ex);
		}
	}

	private static void header(Headers headers, String key, String value) {
		headers.add(key, value.getBytes(StandardCharsets.UTF_8));
	}

	private static String describe(EventEnvelope envelope) {
		return envelope.type() + " #" + envelope.sequenceNumber() + " of partnership " + envelope.partnershipId();
	}

}
