package org.partnershipledger.command.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as a source whose streams call back when events are available (see
 * {@link EventAvailability}), so that a pooled streaming processor reading it handles a
 * new event at once instead of at its next poll.
 */
public class NotifyingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

	private final EventAvailability availability;

	private final EventStore store;

	NotifyingEventSource(EventAvailability availability) {
		this.availability = availability;
		this.store = availability.store();
	}

	@Override
	public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
		return new Stream(this.store.openStream(trackingToken));
	}

	@Override
	public TrackingToken createTailToken() {
		return this.store.createTailToken();
	}

	@Override
	public TrackingToken createHeadToken() {
		return this.store.createHeadToken();
	}

	@Override
	public TrackingToken createTokenAt(Instant dateTime) {
		return this.store.createTokenAt(dateTime);
	}

	@Override
	public TrackingToken createTokenSince(Duration duration) {
		return this.store.createTokenSince(duration);
	}

	private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

		private final BlockingStream<TrackedEventMessage<?>> delegate;

		private volatile Runnable callback;

		private Stream(BlockingStream<TrackedEventMessage<?>> delegate) {
			this.delegate = delegate;
		}

		@Override
		public Optional<TrackedEventMessage<?>> peek() {
			return this.delegate.peek();
		}

		@Override
		public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
			return this.delegate.hasNextAvailable(timeout, unit);
		}

		@Override
		public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
			return this.delegate.nextAvailable();
		}

		@Override
		public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
			this.delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
		}

		@Override
		public boolean setOnAvailableCallback(Runnable callback) {
			Runnable previous = this.callback;
			if (previous != null) {
				NotifyingEventSource.this.availability.stopListening(previous);
			}
			this.callback = callback;
			NotifyingEventSource.this.availability.listen(callback);
			return true;
		}

		@Override
		public void close() {
			Runnable current = this.callback;
			if (current != null) {
				NotifyingEventSource.this.availability.stopListening(current);
			}
			this.delegate.close();
		}

	}

}
