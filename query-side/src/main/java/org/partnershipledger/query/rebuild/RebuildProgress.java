package org.partnershipledger.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far a rebuild of the read models has come.
 *
 * @param eventsTotal the events in the log when it started (or as many as it has done, if
 * more arrived meanwhile)
 * @param eventsPerSecond events folded per second since it started
 * @param secondsLeft an estimate at that rate; {@code null} when it is not running or has
 * no rate yet
 * @param failures the partnerships whose read models could not be rebuilt, with why; they
 * keep what they had
 * @param checkpoint the signed checkpoint the command side took when the rebuild
 * finished, or why none was taken; {@code null} while it runs and when it failed
 */
public record RebuildProgress(long id, State state, String startedBy, Instant startedAt, Instant updatedAt,
		Instant finishedAt, int partnershipsTotal, int partnershipsDone, long eventsTotal, long eventsDone,
		double eventsPerSecond, Long secondsLeft, List<String> failures, RebuildCheckpoint checkpoint) {

	/** Where a rebuild stands. */
	public enum State {

		RUNNING, FINISHED, FAILED

	}

	public RebuildProgress {
		failures = List.copyOf(failures);
	}

	/** The progress with the rate and time left worked out at {@code now}. */
	static RebuildProgress of(long id, State state, String startedBy, Instant startedAt, Instant updatedAt,
			Instant finishedAt, int partnershipsTotal, int partnershipsDone, long eventsTotal, long eventsDone,
			List<String> failures, RebuildCheckpoint checkpoint, Instant now) {
		Instant end = (finishedAt != null) ? finishedAt : now;
		double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
		double rate = eventsDone / seconds;
		long total = Math.max(eventsTotal, eventsDone);
		Long left = (state == State.RUNNING && rate > 0) ? Math.round((total - eventsDone) / rate) : null;
		return new RebuildProgress(id, state, startedBy, startedAt, updatedAt, finishedAt, partnershipsTotal,
				partnershipsDone, total, eventsDone, Math.round(rate * 10) / 10.0, left, failures, checkpoint);
	}

	public boolean running() {
		return this.state == State.RUNNING;
	}

	/** The share done, 0 to 100. */
	public int percent() {
		return (this.eventsTotal == 0) ? (running() ? 0 : 100) : (int) (100 * this.eventsDone / this.eventsTotal);
	}

}
