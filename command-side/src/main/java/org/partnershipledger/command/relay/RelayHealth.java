package org.partnershipledger.command.relay;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The relay's health ({@code relay} on {@code /actuator/health}): DOWN while an event
 * cannot be published, naming the partnership, the event and why, until it is published.
 * Each time the relay finds an event unpublishable it is counted in
 * {@code ledger.relay.unpublishable}.
 */
@Component("relay")
class RelayHealth implements HealthIndicator {

	private final Map<String, Stuck> stuck = new ConcurrentHashMap<>();

	private final Counter unpublishable;

	private final Clock clock;

	RelayHealth(MeterRegistry registry, Clock clock) {
		this.unpublishable = Counter.builder("ledger.relay.unpublishable")
			.description("Attempts to publish an event Kafka will not take as it is, such as a record too large")
			.register(registry);
		this.clock = clock;
	}

	void unpublishable(UnpublishableEventException failure) {
		this.unpublishable.increment();
		UnpublishableEventException.StuckEvent event = failure.event();
		this.stuck.merge(event.partnershipId(),
				new Stuck(event.partnershipId(), event.sequenceNumber(), event.eventId(), failure.getMessage(),
						this.clock.instant()),
				(known, again) -> new Stuck(again.partnershipId(), again.sequenceNumber(), again.eventId(),
						again.reason(), known.since()));
	}

	void published(Collection<String> partnershipIds) {
		partnershipIds.forEach(this.stuck::remove);
	}

	@Override
	public Health health() {
		if (this.stuck.isEmpty()) {
			return Health.up().build();
		}
		return Health.down()
			.withDetail("reason", "Events that Kafka does not take; the relay retries each but cannot pass it")
			.withDetail("unpublishable",
					this.stuck.values().stream().sorted(Comparator.comparing(Stuck::since)).toList())
			.build();
	}

	/** An event the relay could not publish, since when. */
	record Stuck(String partnershipId, long sequenceNumber, String eventId, String reason, Instant since) {
	}

}
