package org.partnershipledger.command.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Test-only: stands in front of the real Kafka sender and, when told to, fails the next
 * sends as a broker outage would (without sending them), or lets them reach Kafka and
 * then fails them, as a relay killed between the acknowledgement and its commit would; it
 * can refuse a partnership's records as too large, and hold every send as a stalled
 * relay.
 */
public class FlakyEnvelopeSender implements EnvelopeSender {

	private final EnvelopeSender delegate;

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private final AtomicInteger sentBeforeFailing = new AtomicInteger(-1);

	private volatile Function<EventEnvelope, RuntimeException> failure = FlakyEnvelopeSender::outage;

	private volatile String refused;

	private volatile boolean refuseNext;

	private final List<Runnable> held = new ArrayList<>();

	private boolean holding;

	FlakyEnvelopeSender(EnvelopeSender delegate) {
		this.delegate = delegate;
	}

	/** Fails the next {@code count} sends; 0 makes every send work again. */
	public void failNext(int count) {
		failNext(count, FlakyEnvelopeSender::outage);
		this.refused = null;
		this.refuseNext = false;
		release();
	}

	/**
	 * Refuses every envelope of the next partnership registered as Kafka refuses a record
	 * larger than it takes, until {@link #failNext(int)}.
	 */
	public void refuseNextPartnershipAsTooLarge() {
		this.refuseNext = true;
	}

	/** Holds every send from now on until {@link #release()}, as a relay that stalls. */
	public synchronized void hold() {
		this.holding = true;
	}

	/** Sends what was held, in order, and sends at once again. */
	public void release() {
		List<Runnable> sends;
		synchronized (this) {
			this.holding = false;
			sends = new ArrayList<>(this.held);
			this.held.clear();
		}
		sends.forEach(Runnable::run);
	}

	/** How many sends are held. */
	public synchronized int heldSends() {
		return this.held.size();
	}

	/**
	 * Fails the next {@code count} sends with the given failure, without sending them.
	 */
	public void failNext(int count, Function<EventEnvelope, RuntimeException> failure) {
		this.failure = failure;
		this.failed.set(0);
		this.sentBeforeFailing.set(-1);
		this.failuresLeft.set(count);
	}

	/**
	 * Sends the next {@code count} envelopes and fails the one after that once Kafka has
	 * acknowledged it: the relay dies after the send, before its token is stored.
	 */
	public void dieAfter(int count) {
		this.sentBeforeFailing.set(count);
	}

	/** How many sends failed since the last {@link #failNext(int)}. */
	public int failed() {
		return this.failed.get();
	}

	@Override
	public CompletableFuture<Void> send(EventEnvelope envelope) {
		synchronized (this) {
			if (this.holding) {
				CompletableFuture<Void> later = new CompletableFuture<>();
				this.held.add(() -> sendNow(envelope).whenComplete((done, failure) -> {
					if (failure != null) {
						later.completeExceptionally(failure);
					}
					else {
						later.complete(done);
					}
				}));
				return later;
			}
		}
		return sendNow(envelope);
	}

	private CompletableFuture<Void> sendNow(EventEnvelope envelope) {
		if (this.refuseNext && envelope.sequenceNumber() == 0) {
			this.refused = envelope.partnershipId();
			this.refuseNext = false;
		}
		if (envelope.partnershipId().equals(this.refused)) {
			this.failed.incrementAndGet();
			return CompletableFuture.failedFuture(KafkaEnvelopeSender.failed(envelope,
					new RecordTooLargeException("The message is 1048677 bytes when serialized which is larger than "
							+ "1048576, which is the value of the max.request.size configuration.")));
		}
		if (this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			this.failed.incrementAndGet();
			return CompletableFuture.failedFuture(this.failure.apply(envelope));
		}
		CompletableFuture<Void> sent = this.delegate.send(envelope);
		if (this.sentBeforeFailing.getAndUpdate((left) -> (left >= 0) ? left - 1 : left) == 0) {
			this.failed.incrementAndGet();
			return sent.thenCompose((acknowledged) -> CompletableFuture.failedFuture(new RelayFailedException(
					"Simulated death of the relay after sending " + envelope.eventId(), null)));
		}
		return sent;
	}

	private static RuntimeException outage(EventEnvelope envelope) {
		return new RelayFailedException("Simulated broker outage for " + envelope.eventId(), null);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		FlakyEnvelopeSender flakyEnvelopeSender(KafkaEnvelopeSender kafka) {
			return new FlakyEnvelopeSender(kafka);
		}

	}

}
