package org.partnershipledger.command.relay;

import java.time.Duration;
import java.util.List;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class EnvelopeLimitTest {

	private final EnvelopeLimit limit = new EnvelopeLimit(new RelaySettings(Duration.ofSeconds(10), 1, (short) 1,
			Duration.ofMinutes(1), false, Duration.ofMinutes(1), 8192), mock(EventStore.class));

	@Test
	void anEventThatFitsPassesUnchanged() {
		GenericEventMessage<Note> event = new GenericEventMessage<>(new Note("p-1", List.of("short")));

		assertThat(this.limit.handle(List.of(event)).apply(0, event)).isSameAs(event);
	}

	@Test
	void anEventTooLargeForARecordIsRefusedNamingItsLargestFieldByPath() {
		GenericEventMessage<Note> event = new GenericEventMessage<>(
				new Note("p-1", List.of("short", "y".repeat(7000))));

		assertThatThrownBy(() -> this.limit.handle(List.of(event)).apply(0, event))
			.isInstanceOfSatisfying(EnvelopeTooLargeException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("lines[1]");
				assertThat(ex.limitBytes()).isEqualTo(8192);
			})
			.hasMessageContaining("Note event")
			.hasMessageContaining("Nothing was recorded");
	}

	record Note(String partnershipId, List<String> lines) {
	}

}
