package org.partnershipledger.command.config;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Tells listeners as soon as the event store has new events. Axon's pooled streaming
 * processor polls a stream that cannot say so every 500 ms, which made the relay wait
 * that long per event; a stream that calls back is read at once instead.
 * <p>
 * One thread follows the store's head on a stream of its own: the store reads events on
 * every local commit and every fetch delay, and the stream wakes this thread as soon as
 * they are read, so the listeners never look too early.
 */
class EventAvailability implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EventAvailability.class);

	private final EventStore store;

	private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	private Thread watcher;

	EventAvailability(EventStore store) {
		this.store = store;
	}

	/** The store it follows. */
	EventStore store() {
		return this.store;
	}

	void listen(Runnable listener) {
		this.listeners.add(listener);
	}

	void stopListening(Runnable listener) {
		this.listeners.remove(listener);
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.watcher = new Thread(this::watch, "event-availability");
		this.watcher.setDaemon(true);
		this.watcher.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.watcher != null) {
			this.watcher.interrupt();
			this.watcher = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void watch() {
		while (this.running) {
			try (BlockingStream<TrackedEventMessage<?>> stream = this.store.openStream(this.store.createHeadToken())) {
				while (this.running) {
					if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
						while (stream.hasNextAvailable()) {
							stream.nextAvailable();
						}
						this.listeners.forEach(Runnable::run);
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not follow the event store; trying again in a second", ex);
				this.listeners.forEach(Runnable::run);
				try {
					TimeUnit.SECONDS.sleep(1);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

}
