package org.partnershipledger.query.partnership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.events.wire.LedgerJson;

/**
 * The stored overviews: one JSON document per partnership, with the columns the portfolio
 * and access checks use.
 */
@Repository
public class OverviewRepository {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

	private final JdbcClient jdbc;

	private final Clock clock;

	public OverviewRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<PartnershipOverview> find(String partnershipId) {
		return this.jdbc.sql("select document::text from partnership_overview where partnership_id = :id")
			.param("id", partnershipId)
			.query(String.class)
			.optional()
			.map((json) -> LedgerJson.read(json, PartnershipOverview.class));
	}

	/** The stored version (last applied sequence number), -1 when nothing is stored. */
	public long version(String partnershipId) {
		return this.jdbc.sql("select version from partnership_overview where partnership_id = :id")
			.param("id", partnershipId)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/**
	 * Waits, at most {@code max}, until the projection has reached {@code minVersion};
	 * then, or when time is up, answers with what is stored.
	 */
	public Optional<PartnershipOverview> awaitVersion(String partnershipId, long minVersion, Duration max) {
		Instant deadline = this.clock.instant().plus(max);
		while (version(partnershipId) < minVersion && this.clock.instant().isBefore(deadline)) {
			LockSupport.parkNanos(POLL_INTERVAL.toNanos());
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
		}
		return find(partnershipId);
	}

	/**
	 * Stores an overview with its columns and parties. Called by the projection inside
	 * its transaction, which holds the partnership's lock.
	 */
	public void store(PartnershipOverview overview) {
		this.jdbc.sql("""
				insert into partnership_overview (partnership_id, title, status, chosen_model, recommended_model,
				    divergent, divergent_since, version, document, updated_at)
				values (:id, :title, :status, :chosenModel, :recommendedModel, :divergent, :divergentSince, :version,
				    cast(:document as jsonb), now())
				on conflict (partnership_id) do update set
				    title = excluded.title, status = excluded.status, chosen_model = excluded.chosen_model,
				    recommended_model = excluded.recommended_model, divergent = excluded.divergent,
				    divergent_since = excluded.divergent_since, version = excluded.version,
				    document = excluded.document, updated_at = excluded.updated_at
				""")
			.param("id", overview.partnershipId())
			.param("title", overview.title())
			.param("status", name(overview.status()))
			.param("chosenModel", name(overview.chosenModel()))
			.param("recommendedModel", name(overview.recommendedModel()))
			.param("divergent", overview.divergent())
			.param("divergentSince", timestamp(overview.divergentSince()))
			.param("version", overview.version())
			.param("document", LedgerJson.write(overview))
			.update();
		this.jdbc.sql("delete from partnership_party where partnership_id = :id")
			.param("id", overview.partnershipId())
			.update();
		for (Party party : overview.parties()) {
			this.jdbc.sql("""
					insert into partnership_party (partnership_id, party_id, identifier_scheme, identifier_id)
					values (:id, :partyId, :scheme, :identifier)
					""")
				.param("id", overview.partnershipId())
				.param("partyId", party.partyId())
				.param("scheme", party.identifier().scheme())
				.param("identifier", party.identifier().id())
				.update();
		}
	}

	private static String name(Enum<?> value) {
		return (value == null) ? null : value.name();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

}
