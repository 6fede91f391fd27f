package org.partnershipledger.command.relay;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Test-only: stands in front of the real Kafka sender and, when told to, fails the next
 * sends as a broker outage would (without sending them), or lets them reach Kafka and
 * then fails them, as a relay killed between the acknowledgement and its commit would.
 */
public class FlakyEnvelopeSender implements EnvelopeSender {

	private final EnvelopeSender delegate;

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private final AtomicInteger sentBeforeFailing = new AtomicInteger(-1);

	private volatile Function<EventEnvelope, RuntimeException> failure = FlakyEnvelopeSender::outage;

	FlakyEnvelopeSender(EnvelopeSender delegate) {
		this.delegate = delegate;
	}

	/** Fails the next {@code count} sends; 0 makes every send work again. */
	public void failNext(int count) {
		failNext(count, FlakyEnvelopeSender::outage);
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
