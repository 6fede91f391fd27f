package org.partnershipledger.command.relay;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Test-only: stands in front of the real Kafka sender and, when told to, fails the next
 * sends as a broker outage would, without sending them.
 */
public class FlakyEnvelopeSender implements EnvelopeSender {

	private final EnvelopeSender delegate;

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	FlakyEnvelopeSender(EnvelopeSender delegate) {
		this.delegate = delegate;
	}

	/** Fails the next {@code count} sends; 0 makes every send work again. */
	public void failNext(int count) {
		this.failed.set(0);
		this.failuresLeft.set(count);
	}

	/** How many sends failed since the last {@link #failNext(int)}. */
	public int failed() {
		return this.failed.get();
	}

	@Override
	public void send(EventEnvelope envelope) {
		if (this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			this.failed.incrementAndGet();
			throw new RelayFailedException("Simulated broker outage for " + envelope.eventId(), null);
		}
		this.delegate.send(envelope);
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
