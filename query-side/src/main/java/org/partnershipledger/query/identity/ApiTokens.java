package org.partnershipledger.query.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.Problems;

/**
 * Personal API tokens: each person creates and revokes their own. A token is 32 random
 * bytes, shown once when created and stored only as its SHA-256 hash, so checking one
 * costs a hash and an indexed read, not a password check. It is sent as
 * {@code Authorization: Bearer <token>} and acts as its owner while their account is
 * enabled.
 */
@Service
public class ApiTokens {

	/** Every token starts so, which lets secret scanners recognise a leaked one. */
	public static final String PREFIX = "plt_";

	static final int MAX_ACTIVE = 20;

	private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserDirectory directory;

	private final Clock clock;

	public ApiTokens(JdbcClient jdbc, UserDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * @return the token, to show once
	 * @throws DirectoryRejection if the name is missing or too long, or the person has
	 * too many tokens
	 */
	public String create(String username, String name) {
		List<FieldProblem> problems = new Problems().required(name, "name").maxLength(name, 100, "name").list();
		if (!problems.isEmpty()) {
			throw DirectoryRejection.invalid(problems);
		}
		if (list(username).stream().filter(ApiToken::active).count() >= MAX_ACTIVE) {
			throw DirectoryRejection.invalid(List.of(new FieldProblem("name",
					"You have " + MAX_ACTIVE + " tokens; revoke one you no longer use first")));
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc.sql("""
				insert into api_token (token_id, username, name, token_hash, hint, created_at)
				values (:id, :username, :name, :hash, :hint, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("username", username)
			.param("name", name.strip())
			.param("hash", RecentSignIns.sha256(token))
			.param("hint", token.substring(token.length() - 4))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return token;
	}

	public List<ApiToken> list(String username) {
		return this.jdbc.sql("""
				select token_id, name, hint, created_at, last_used_at, revoked_at from api_token
				where username = :username order by created_at desc
				""")
			.param("username", username)
			.query((rs, row) -> new ApiToken(rs.getObject("token_id", UUID.class), rs.getString("name"),
					rs.getString("hint"), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/**
	 * @return whether the person had such an active token
	 */
	public boolean revoke(String username, UUID tokenId) {
		return this.jdbc.sql("""
				update api_token set revoked_at = :now
				where token_id = :id and username = :username and revoked_at is null
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", tokenId)
			.param("username", username)
			.update() > 0;
	}

	/** The owner of an active token, if their account is enabled. */
	public Optional<LedgerUser> signIn(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and revoked_at is null
				  and (last_used_at is null or last_used_at < :stale)
				returning username
				""")
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(LAST_USED_GRANULARITY)))
			.param("hash", RecentSignIns.sha256(token))
			.query(String.class)
			.optional()
			.or(() -> this.jdbc.sql("select username from api_token where token_hash = :hash and revoked_at is null")
				.param("hash", RecentSignIns.sha256(token))
				.query(String.class)
				.optional())
			.flatMap(this.directory::signInUser);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
