package org.partnershipledger.command.relay;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaProducerException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.events.wire.Topics;

/**
 * Sends envelopes to the partnership events topic, keyed by partnership id. The producer
 * is idempotent with {@code acks=all}, so records of one key keep their order through
 * retries; a send answers at once and completes on the broker's acknowledgement.
 */
@Component
public class KafkaEnvelopeSender implements EnvelopeSender {

	private final KafkaTemplate<String, String> kafka;

	KafkaEnvelopeSender(KafkaTemplate<String, String> kafka) {
		this.kafka = kafka;
	}

	@Override
	public CompletableFuture<Void> send(EventEnvelope envelope) {
		try {
			ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PARTNERSHIP_EVENTS,
					envelope.partnershipId(), LedgerJson.write(envelope));
			Headers headers = record.headers();
			header(headers, Topics.HEADER_EVENT_ID, envelope.eventId());
			header(headers, Topics.HEADER_TYPE, envelope.type());
			header(headers, Topics.HEADER_REVISION, envelope.revision());
			header(headers, Topics.HEADER_PARTNERSHIP_ID, envelope.partnershipId());
			header(headers, Topics.HEADER_SEQUENCE_NUMBER, Long.toString(envelope.sequenceNumber()));
			return this.kafka.send(record).handle((result, failure) -> {
				if (failure != null) {
					throw new CompletionException(failed(envelope, failure));
				}
				return null;
			});
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(failed(envelope, ex));
		}
	}

	/** Names what failed, and whether the record itself is what Kafka will never take. */
	static RelayFailedException failed(EventEnvelope envelope, Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof KafkaProducerException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (isAboutTheRecord(cause)) {
			return new UnpublishableEventException(envelope.partnershipId(), envelope.sequenceNumber(),
					envelope.eventId(), cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
		}
		return new RelayFailedException("Kafka did not acknowledge " + envelope.type() + " #"
				+ envelope.sequenceNumber() + " of partnership " + envelope.partnershipId() + ": " + cause, cause);
	}

	private static boolean isAboutTheRecord(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
					|| cause instanceof InvalidRecordException || cause instanceof SerializationException
					|| cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
				return true;
			}
		}
		return false;
	}

	private static void header(Headers headers, String key, String value) {
		headers.add(key, value.getBytes(StandardCharsets.UTF_8));
	}

}
