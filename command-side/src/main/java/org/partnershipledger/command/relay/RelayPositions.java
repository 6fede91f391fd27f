package org.partnershipledger.command.relay;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the relay has published each partnership ({@code relay_position}): the highest
 * sequence number Kafka acknowledged. Written in the transaction of the relay's token.
 */
@Component
class RelayPositions {

	private final JdbcClient jdbc;

	RelayPositions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The highest published sequence number of each partnership that has one. */
	Map<String, Long> of(Collection<String> partnershipIds) {
		Map<String, Long> positions = new HashMap<>();
		if (partnershipIds.isEmpty()) {
			return positions;
		}
		this.jdbc.sql("SELECT partnership_id, sequence_number FROM relay_position WHERE partnership_id IN (:ids)")
			.param("ids", partnershipIds)
			.query((row) -> {
				positions.put(row.getString("partnership_id"), row.getLong("sequence_number"));
			});
		return positions;
	}

	/** Records what Kafka acknowledged; a position never moves back. */
	void advance(Map<String, Long> published) {
		published.forEach((partnershipId, sequenceNumber) -> this.jdbc.sql("""
				INSERT INTO relay_position (partnership_id, sequence_number) VALUES (:partnershipId, :sequence)
				ON CONFLICT (partnership_id) DO UPDATE
				SET sequence_number = greatest(relay_position.sequence_number, excluded.sequence_number),
				    relayed_at = now()""")
			.param("partnershipId", partnershipId)
			.param("sequence", sequenceNumber)
			.update());
	}

	/** Forgets every position, when the relay is reset to publish the store again. */
	void forgetAll() {
		this.jdbc.sql("DELETE FROM relay_position").update();
	}

	/**
	 * Every partnership with a stored event that was never published: its position and
	 * that first unpublished event's global index and recorded time.
	 */
	List<Unpublished> unpublished() {
		return this.jdbc.sql("""
				SELECT f.aggregateidentifier AS partnership_id, coalesce(r.sequence_number, -1) AS position,
				       n.globalindex, n.timestamp
				FROM domainevententry f
				LEFT JOIN relay_position r ON r.partnership_id = f.aggregateidentifier
				JOIN domainevententry n ON n.aggregateidentifier = f.aggregateidentifier
				     AND n.sequencenumber = coalesce(r.sequence_number, -1) + 1
				WHERE f.sequencenumber = 0""")
			.query((row, number) -> new Unpublished(row.getString("partnership_id"), row.getLong("position"),
					row.getLong("globalindex"), Instant.parse(row.getString("timestamp"))))
			.list();
	}

	/**
	 * A partnership with an event not yet published.
	 *
	 * @param position the highest published sequence number, -1 for none
	 * @param globalIndex the global index of the first unpublished event
	 * @param recordedAt when that event was recorded
	 */
	record Unpublished(String partnershipId, long position, long globalIndex, Instant recordedAt) {
	}

}
