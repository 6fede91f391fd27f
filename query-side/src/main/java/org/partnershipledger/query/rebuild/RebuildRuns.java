package org.partnershipledger.query.rebuild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rebuild runs and their progress (table {@code projection_rebuild}). The database
 * admits one RUNNING run at a time; a RUNNING run whose heartbeat stopped longer than
 * {@link #ABANDONED_AFTER} ago was left by an instance that stopped, and is marked failed
 * before a new one starts.
 */
@Repository
class RebuildRuns {

	static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final Clock clock;

	RebuildRuns(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a new running run.
	 * @throws RebuildRefused if one is running
	 */
	long start(String startedBy, int partnershipsTotal, long eventsTotal) {
		this.jdbc.sql("""
				update projection_rebuild set state = 'FAILED', finished_at = updated_at,
				    failures = 'Stopped without finishing: the application stopped during the rebuild'
				where state = 'RUNNING' and updated_at < :abandoned
				""").param("abandoned", Timestamp.from(this.clock.instant().minus(ABANDONED_AFTER))).update();
		try {
			return this.jdbc.sql("""
					insert into projection_rebuild (started_by, started_at, updated_at, state, partnerships_total,
					    events_total)
					values (:startedBy, :now, :now, 'RUNNING', :partnerships, :events)
					returning id
					""")
				.param("startedBy", startedBy)
				.param("now", Timestamp.from(this.clock.instant()))
				.param("partnerships", partnershipsTotal)
				.param("events", eventsTotal)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new RebuildRefused(running().orElseThrow(() -> ex));
		}
	}

	/**
	 * Records how far a run has got, while it is RUNNING.
	 * @return false when the run is no longer RUNNING (another instance took it for
	 * abandoned), so it must stop
	 */
	boolean progress(long id, int partnershipsDone, long eventsDone, List<String> failures) {
		return this.jdbc.sql("""
				update projection_rebuild set partnerships_done = :partnerships, events_done = :events,
				    failures = :failures, updated_at = :now
				where id = :id and state = 'RUNNING'
				""")
			.param("id", id)
			.param("partnerships", partnershipsDone)
			.param("events", eventsDone)
			.param("failures", String.join("\n", failures))
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/** Ends a RUNNING run; one already marked failed stays failed. */
	void finish(long id, RebuildProgress.State state, List<String> failures) {
		finish(id, state, failures, null);
	}

	/**
	 * Ends a RUNNING run with the checkpoint taken when it finished, or why none was.
	 * @param checkpoint {@code null} when none was asked for
	 */
	void finish(long id, RebuildProgress.State state, List<String> failures, RebuildCheckpoint checkpoint) {
		this.jdbc.sql("""
				update projection_rebuild set state = :state, failures = :failures, finished_at = :now,
				    updated_at = :now, checkpoint_created_at = :checkpointCreatedAt,
				    checkpoint_digest = :checkpointDigest, checkpoint_problem = :checkpointProblem
				where id = :id and state = 'RUNNING'
				""")
			.param("id", id)
			.param("state", state.name())
			.param("failures", String.join("\n", failures))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("checkpointCreatedAt",
					(checkpoint != null && checkpoint.createdAt() != null) ? Timestamp.from(checkpoint.createdAt())
							: null,
					Types.TIMESTAMP)
			.param("checkpointDigest", (checkpoint != null) ? checkpoint.digest() : null, Types.VARCHAR)
			.param("checkpointProblem", (checkpoint != null) ? checkpoint.problem() : null, Types.VARCHAR)
			.update();
	}

	Optional<RebuildProgress> running() {
		return this.jdbc.sql("select * from projection_rebuild where state = 'RUNNING'")
			.query(this::progress)
			.optional();
	}

	Optional<RebuildProgress> latest() {
		return this.jdbc.sql("select * from projection_rebuild order by id desc limit 1")
			.query(this::progress)
			.optional();
	}

	Optional<RebuildProgress> find(long id) {
		return this.jdbc.sql("select * from projection_rebuild where id = :id")
			.param("id", id)
			.query(this::progress)
			.optional();
	}

	private RebuildProgress progress(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		String failures = rs.getString("failures");
		return RebuildProgress.of(rs.getLong("id"), RebuildProgress.State.valueOf(rs.getString("state")),
				rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				rs.getInt("partnerships_total"), rs.getInt("partnerships_done"), rs.getLong("events_total"),
				rs.getLong("events_done"), failures.isEmpty() ? List.of() : Arrays.asList(failures.split("\n")),
				checkpoint(rs), now());
	}

	private static RebuildCheckpoint checkpoint(ResultSet rs) throws SQLException {
		Timestamp createdAt = rs.getTimestamp("checkpoint_created_at");
		String problem = rs.getString("checkpoint_problem");
		if (createdAt == null && problem == null) {
			return null;
		}
		return new RebuildCheckpoint((createdAt != null) ? createdAt.toInstant() : null,
				rs.getString("checkpoint_digest"), problem);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
