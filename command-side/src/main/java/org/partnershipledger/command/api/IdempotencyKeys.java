package org.partnershipledger.command.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The answers of commands sent with an {@code Idempotency-Key} ({@code idempotency_key}),
 * per person and key, until the key expires.
 */
@Component
class IdempotencyKeys {

	/** Marks an answer given again for a retried key. */
	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdempotencySettings settings;

	IdempotencyKeys(JdbcClient jdbc, Clock clock, IdempotencySettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** The first request's record of a key that has not expired. */
	Optional<Recorded> find(String person, String key) {
		return this.jdbc.sql("""
				SELECT request_hash, status, body, location FROM idempotency_key
				WHERE person = :person AND idempotency_key = :key AND expires_at > :now""")
			.param("person", person)
			.param("key", key)
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.query((row, number) -> new Recorded(row.getString("request_hash"), (Integer) row.getObject("status"),
					row.getString("body"), row.getString("location")))
			.optional();
	}

	/**
	 * Takes the key for a request, in the caller's transaction; a concurrent request with
	 * the same key waits here until the first one's transaction ends.
	 * @return {@code false} if the key is already taken and has not expired
	 */
	boolean take(String person, String key, String route, String requestHash) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				INSERT INTO idempotency_key (person, idempotency_key, route, request_hash, created_at, expires_at)
				VALUES (:person, :key, :route, :hash, :now, :expires)
				ON CONFLICT (person, idempotency_key) DO UPDATE
				SET route = excluded.route, request_hash = excluded.request_hash, status = NULL, body = NULL,
				    location = NULL, created_at = excluded.created_at, expires_at = excluded.expires_at
				WHERE idempotency_key.expires_at <= :now""")
			.param("person", person)
			.param("key", key)
			.param("route", route)
			.param("hash", requestHash)
			.param("now", java.sql.Timestamp.from(now))
			.param("expires", java.sql.Timestamp.from(now.plus(this.settings.keyLifetime())))
			.update() == 1;
	}

	/**
	 * Records the answer given to the request that took the key, in the same transaction.
	 */
	void answered(String person, String key, ResponseEntity<String> answer) {
		URI location = answer.getHeaders().getLocation();
		this.jdbc.sql("""
				UPDATE idempotency_key SET status = :status, body = :body, location = :location
				WHERE person = :person AND idempotency_key = :key""")
			.param("status", answer.getStatusCode().value())
			.param("body", answer.getBody())
			.param("location", (location != null) ? location.toString() : null)
			.param("person", person)
			.param("key", key)
			.update();
	}

	@Scheduled(fixedDelayString = "${ledger.idempotency.purge-interval:1h}",
			initialDelayString = "${ledger.idempotency.purge-interval:1h}")
	void purgeExpired() {
		int purged = this.jdbc.sql("DELETE FROM idempotency_key WHERE expires_at <= :now")
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		if (purged > 0) {
			log.info("Forgot {} expired idempotency keys", purged);
		}
	}

	/**
	 * What the first request with a key recorded.
	 *
	 * @param status the answer's status, {@code null} while the first request is running
	 */
	record Recorded(String requestHash, Integer status, String body, String location) {

		ResponseEntity<String> replay() {
			ResponseEntity.BodyBuilder answer = ResponseEntity.status(this.status)
				.contentType(MediaType.APPLICATION_JSON)
				.header(REPLAYED_HEADER, "true");
			if (this.location != null) {
				answer.header(HttpHeaders.LOCATION, this.location);
			}
			return answer.body(this.body);
		}

	}

}
