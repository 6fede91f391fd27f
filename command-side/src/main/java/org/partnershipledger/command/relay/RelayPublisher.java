package org.partnershipledger.command.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Publishes stored events and records how far each partnership is published. Every send
 * of a batch is started at once, in store order (the producer keeps each partnership's
 * order); sending stops at the first failure, and the batch succeeds only when Kafka
 * acknowledged every record, so the caller's token advances only then.
 * <p>
 * A partnership is always published from its first unpublished event: if the store hands
 * over an event while an earlier one of its partnership was never published (the store's
 * stream passed it, see {@link SkippedEventCheck}), the earlier ones go first.
 */
@Component
class RelayPublisher {

	private static final Logger log = LoggerFactory.getLogger(RelayPublisher.class);

	private final EnvelopeSender sender;

	private final StoredEnvelopes stored;

	private final RelayPositions positions;

	private final RelayHealth health;

	private final RelaySettings settings;

	private final Timer latency;

	private final Counter recovered;

	RelayPublisher(EnvelopeSender sender, StoredEnvelopes stored, RelayPositions positions, RelayHealth health,
			RelaySettings settings, MeterRegistry registry) {
		this.sender = sender;
		this.stored = stored;
		this.positions = positions;
		this.health = health;
		this.settings = settings;
		this.latency = Timer.builder("ledger.relay.latency")
			.description("From an event's recorded time to Kafka's acknowledgement of it")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
		this.recovered = Counter.builder("ledger.relay.recovered")
			.description("Events published late because the relay's stream passed them without delivering them")
			.register(registry);
	}

	/**
	 * Publishes a batch, preceded by any earlier event of its partnerships never
	 * published.
	 */
	void publish(RelayBatch batch) {
		List<String> partnershipIds = new ArrayList<>();
		batch.partnershipIds().forEach(partnershipIds::add);
		Map<String, Long> published = this.positions.of(partnershipIds);
		List<EventEnvelope> envelopes = new ArrayList<>();
		for (String partnershipId : partnershipIds) {
			long next = published.getOrDefault(partnershipId, -1L) + 1;
			long first = batch.firstSequence(partnershipId);
			if (next < first) {
				envelopes.addAll(
						recover(partnershipId, reported(() -> this.stored.between(partnershipId, next, first - 1))));
			}
		}
		envelopes.addAll(reported(() -> this.stored.withIds(batch.eventIds())));
		envelopes.sort(Comparator.comparingLong(EventEnvelope::globalIndex));
		sendAll(envelopes);
	}

	/** Publishes a partnership's events from {@code first} on; answers how many. */
	int publishFrom(String partnershipId, long first) {
		List<EventEnvelope> envelopes = recover(partnershipId, reported(() -> this.stored.from(partnershipId, first)));
		sendAll(envelopes);
		return envelopes.size();
	}

	private List<EventEnvelope> recover(String partnershipId, List<EventEnvelope> missed) {
		if (!missed.isEmpty()) {
			log.warn(
					"Partnership {}: events #{} to #{} were never published although the relay passed them; "
							+ "publishing them now, before any later event",
					partnershipId, missed.get(0).sequenceNumber(), missed.get(missed.size() - 1).sequenceNumber());
			this.recovered.increment(missed.size());
		}
		return missed;
	}

	/** Reads stored events; one that cannot be read as an envelope is reported. */
	private List<EventEnvelope> reported(Supplier<List<EventEnvelope>> read) {
		try {
			return read.get();
		}
		catch (UnpublishableEventException ex) {
			throw reported(ex);
		}
	}

	private UnpublishableEventException reported(UnpublishableEventException unpublishable) {
		this.health.unpublishable(unpublishable);
		log.error("The relay is stopped at an event Kafka does not take: {}", unpublishable.getMessage());
		return unpublishable;
	}

	private void sendAll(List<EventEnvelope> envelopes) {
		AtomicReference<Throwable> firstFailure = new AtomicReference<>();
		List<CompletableFuture<Void>> sends = new ArrayList<>();
		for (EventEnvelope envelope : envelopes) {
			if (firstFailure.get() != null) {
				break;
			}
			CompletableFuture<Void> send = this.sender.send(envelope);
			send.whenComplete((ignored, failure) -> {
				if (failure != null) {
					firstFailure.compareAndSet(null, failure);
				}
				else {
					this.latency.record(Duration.between(envelope.recordedAt(), Instant.now()));
				}
			});
			sends.add(send);
		}
		long deadline = System.nanoTime() + this.settings.sendTimeout().toNanos();
		Map<String, Long> highest = new HashMap<>();
		for (int i = 0; i < sends.size(); i++) {
			EventEnvelope envelope = envelopes.get(i);
			awaitAcknowledgement(envelope, sends.get(i), deadline);
			highest.merge(envelope.partnershipId(), envelope.sequenceNumber(), Math::max);
		}
		if (sends.size() < envelopes.size()) {
			throw failure(envelopes.get(sends.size()), firstFailure.get());
		}
		this.positions.advance(highest);
		this.health.published(highest.keySet());
	}

	private void awaitAcknowledgement(EventEnvelope envelope, CompletableFuture<Void> send, long deadline) {
		try {
			send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RelayFailedException("Interrupted while waiting for Kafka to acknowledge " + describe(envelope),
					ex);
		}
		catch (ExecutionException ex) {
			throw failure(envelope, ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new RelayFailedException(
					"Kafka did not acknowledge " + describe(envelope) + " within " + this.settings.sendTimeout(), ex);
		}
	}

	/** The failure to stop on; an unpublishable event is shown on health and counted. */
	private RelayFailedException failure(EventEnvelope envelope, Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof CompletionException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		RelayFailedException relayFailure = (cause instanceof RelayFailedException known) ? known
				: new RelayFailedException("Kafka did not acknowledge " + describe(envelope), cause);
		return (relayFailure instanceof UnpublishableEventException unpublishable) ? reported(unpublishable)
				: relayFailure;
	}

	private static String describe(EventEnvelope envelope) {
		return envelope.type() + " #" + envelope.sequenceNumber() + " of partnership " + envelope.partnershipId();
	}

}
