package org.partnershipledger.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parked records. A partnership's parked records wait in sequence order; the
 * projection applies them once the records before them are in. Counted in metrics:
 * {@code ledger.projection.parked} (records parked, ever) and
 * {@code ledger.projection.parked.waiting} (records parked now).
 */
@Repository
public class ParkedRecords {

	private static final String COLUMNS = """
			id, partnership_id, sequence_number, envelope, reason, parked_at, attempts, last_attempt_at
			""";

	private final JdbcClient jdbc;

	private final Counter parkings;

	ParkedRecords(JdbcClient jdbc, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.parkings = Counter.builder("ledger.projection.parked")
			.description("Records parked because they could not be applied (unreadable, failed, or after a gap)")
			.register(registry);
		Gauge.builder("ledger.projection.parked.waiting", this, ParkedRecords::count)
			.description("Records parked now, waiting to be applied")
			.register(registry);
	}

	/**
	 * Parks a record; parking the same position twice keeps one, with the latest reason.
	 */
	void park(String partnershipId, Long sequenceNumber, ReceivedRecord received, String reason) {
		this.jdbc.sql("""
				insert into parked_record (partnership_id, sequence_number, kafka_topic, kafka_partition,
				    kafka_offset, envelope, reason)
				values (:partnershipId, :sequence, :topic, :partition, :offset, :envelope, :reason)
				on conflict (partnership_id, sequence_number) do update set reason = excluded.reason
				""")
			.param("partnershipId", partnershipId)
			.param("sequence", sequenceNumber)
			.param("topic", received.topic())
			.param("partition", received.partition())
			.param("offset", received.offset())
			.param("envelope", received.value())
			.param("reason", reason)
			.update();
		this.parkings.increment();
	}

	/** The first parked record of a partnership, lowest sequence first. */
	Optional<ParkedRecord> first(String partnershipId) {
		return this.jdbc.sql("select " + COLUMNS + """
				from parked_record where partnership_id = :partnershipId and sequence_number is not null
				order by sequence_number limit 1
				""").param("partnershipId", partnershipId).query(ParkedRecords::parkedRecord).optional();
	}

	void remove(long id) {
		this.jdbc.sql("delete from parked_record where id = :id").param("id", id).update();
	}

	void remove(String partnershipId, long sequenceNumber) {
		this.jdbc.sql("delete from parked_record where partnership_id = :partnershipId and sequence_number = :sequence")
			.param("partnershipId", partnershipId)
			.param("sequence", sequenceNumber)
			.update();
	}

	void noteAttempt(long id, String reason) {
		this.jdbc.sql("""
				update parked_record set reason = :reason, attempts = attempts + 1, last_attempt_at = now()
				where id = :id
				""").param("id", id).param("reason", reason).update();
	}

	/** The partnerships that have records waiting. */
	List<String> partnershipsWaiting() {
		return this.jdbc
			.sql("select distinct partnership_id from parked_record where sequence_number is not null"
					+ " order by partnership_id")
			.query(String.class)
			.list();
	}

	/** Every parked record, oldest first, for health and the administrator's page. */
	public List<ParkedRecord> all() {
		return this.jdbc.sql("select " + COLUMNS + " from parked_record order by parked_at, id")
			.query(ParkedRecords::parkedRecord)
			.list();
	}

	private static ParkedRecord parkedRecord(ResultSet rs, int row) throws SQLException {
		Timestamp lastAttempt = rs.getTimestamp("last_attempt_at");
		return new ParkedRecord(rs.getLong("id"), rs.getString("partnership_id"),
				rs.getObject("sequence_number", Long.class), rs.getString("envelope"), rs.getString("reason"),
				rs.getTimestamp("parked_at").toInstant(), rs.getInt("attempts"),
				(lastAttempt != null) ? lastAttempt.toInstant() : null);
	}

	public long count() {
		return this.jdbc.sql("select count(*) from parked_record").query(Long.class).single();
	}

}
