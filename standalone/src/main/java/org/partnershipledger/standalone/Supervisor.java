package org.partnershipledger.standalone;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Watches the parts of the system: one that stops when nobody asked it to is reported and
 * started again after a back-off (1 s, then doubling up to a limit). A part that cannot
 * be kept running (it stopped {@link Policy#maxRestarts()} times within
 * {@link Policy#window()}) is given up on: the supervisor says why and calls its give-up
 * action, which stops everything.
 */
final class Supervisor implements AutoCloseable {

	private final List<Supervised> parts;

	private final Policy policy;

	private final PrintStream out;

	private final Consumer<String> giveUp;

	private final Runnable restarted;

	private final Set<Supervised> held = ConcurrentHashMap.newKeySet();

	private final Map<Supervised, Deque<Instant>> recentStops = new HashMap<>();

	private final List<Restart> restarts = new CopyOnWriteArrayList<>();

	private final Thread thread;

	private volatile boolean closed;

	/**
	 * @param parts the parts in the order they start (each is checked in that order)
	 * @param giveUp what to do, with the reason, when a part cannot be kept running
	 */
	Supervisor(List<Supervised> parts, Policy policy, PrintStream out, Consumer<String> giveUp) {
		this(parts, policy, out, giveUp, () -> {
		});
	}

	/**
	 * @param parts the parts in the order they start (each is checked in that order)
	 * @param giveUp what to do, with the reason, when a part cannot be kept running
	 * @param restarted what to do after a part was started again
	 */
	Supervisor(List<Supervised> parts, Policy policy, PrintStream out, Consumer<String> giveUp, Runnable restarted) {
		this.parts = List.copyOf(parts);
		this.policy = policy;
		this.out = out;
		this.giveUp = giveUp;
		this.restarted = restarted;
		this.thread = new Thread(this::watch, "ledger-supervisor");
		this.thread.setDaemon(true);
	}

	void start() {
		this.thread.start();
	}

	/** Leaves a part alone while someone stops it on purpose (a test, an operator). */
	void hold(Supervised part) {
		this.held.add(part);
	}

	/** Watches a part again. */
	void release(Supervised part) {
		this.held.remove(part);
	}

	/** Every restart so far, oldest first. */
	List<Restart> restarts() {
		return List.copyOf(this.restarts);
	}

	private void watch() {
		try {
			while (!this.closed) {
				for (Supervised part : this.parts) {
					if (!this.closed && !this.held.contains(part) && !part.isRunning()) {
						if (!recover(part)) {
							return;
						}
					}
				}
				Thread.sleep(this.policy.checkEvery().toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Restarts a part that stopped; false when it is given up on. */
	private boolean recover(Supervised part) throws InterruptedException {
		Instant stoppedAt = Instant.now();
		Integer exitCode = part.exitCode();
		Deque<Instant> stops = this.recentStops.computeIfAbsent(part, (key) -> new ArrayDeque<>());
		stops.addLast(stoppedAt);
		while (!stops.isEmpty() && stops.peekFirst().isBefore(stoppedAt.minus(this.policy.window()))) {
			stops.removeFirst();
		}
		String how = (exitCode != null) ? " (exit code " + exitCode + ")" : "";
		if (stops.size() > this.policy.maxRestarts()) {
			String reason = part.name() + " could not be kept running: it stopped " + stops.size() + " times within "
					+ minutes(this.policy.window()) + how + "; see " + part.log();
			this.out.println(reason);
			this.closed = true;
			Thread stopper = new Thread(() -> this.giveUp.accept(reason), "ledger-give-up");
			stopper.start();
			return false;
		}
		Duration backOff = backOff(stops.size());
		this.out.println(part.name() + " stopped unexpectedly" + how + "; starting it again in " + backOff.toMillis()
				+ " ms (restart " + stops.size() + " of at most " + this.policy.maxRestarts() + " within "
				+ minutes(this.policy.window()) + "; see " + part.log() + ")");
		Thread.sleep(backOff.toMillis());
		if (this.closed || this.held.contains(part)) {
			return true;
		}
		try {
			part.restart();
			Instant readyAt = Instant.now();
			this.restarts.add(new Restart(part.name(), stoppedAt, exitCode, readyAt, null));
			this.out.println(part.name() + " is running again, " + Duration.between(stoppedAt, readyAt).toSeconds()
					+ " s after it stopped.");
			this.restarted.run();
		}
		catch (InterruptedException ex) {
			throw ex;
		}
		catch (Exception ex) {
			this.restarts.add(new Restart(part.name(), stoppedAt, exitCode, null, ex.getMessage()));
			this.out.println(part.name() + " did not start again: " + ex.getMessage());
		}
		return true;
	}

	private Duration backOff(int stops) {
		long millis = this.policy.firstBackOff().toMillis() << Math.min(stops - 1, 20);
		return Duration.ofMillis(Math.min(millis, this.policy.maxBackOff().toMillis()));
	}

	private static String minutes(Duration window) {
		return (window.toMinutes() > 0) ? window.toMinutes() + " min" : window.toMillis() + " ms";
	}

	@Override
	public void close() {
		this.closed = true;
		if (Thread.currentThread() != this.thread) {
			this.thread.interrupt();
			try {
				this.thread.join(Duration.ofSeconds(30).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * How hard to try: at most {@code maxRestarts} restarts of one part within
	 * {@code window}, waiting {@code firstBackOff} before the first and twice as long
	 * before each next one, up to {@code maxBackOff}; parts are checked every
	 * {@code checkEvery}.
	 */
	record Policy(int maxRestarts, Duration window, Duration firstBackOff, Duration maxBackOff, Duration checkEvery) {

		static final Policy DEFAULT = new Policy(5, Duration.ofMinutes(10), Duration.ofSeconds(1),
				Duration.ofSeconds(30), Duration.ofMillis(500));

	}

	/**
	 * One restart: which part, when it was found stopped and with what exit code, and
	 * when it was ready again ({@code null} with the {@code failure} when it did not
	 * start).
	 */
	record Restart(String part, Instant stoppedAt, Integer exitCode, Instant readyAt, String failure) {

		Duration downFor() {
			return (this.readyAt != null) ? Duration.between(this.stoppedAt, this.readyAt) : null;
		}

	}

	/** For tests: the restarts of one part. */
	List<Restart> restartsOf(String partName) {
		List<Restart> of = new ArrayList<>();
		for (Restart restart : this.restarts) {
			if (restart.part().equals(partName)) {
				of.add(restart);
			}
		}
		return of;
	}

}
