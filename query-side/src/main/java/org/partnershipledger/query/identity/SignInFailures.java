package org.partnershipledger.query.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Failed sign-ins, per account and per address, and the refusals they lead to. Per
 * account (the username as typed, whether or not such a person exists, so a refusal tells
 * nobody which usernames are real; kept in the database): after {@value #THROTTLE_AFTER}
 * failures in a row one attempt a minute, after {@value #LOCK_AFTER} the account is
 * locked for an hour or until an administrator enables it or resets its password. Per
 * address (kept in memory): after {@value #ADDRESS_LIMIT} failures within ten minutes, no
 * attempt from it until the ten minutes are over. A refused attempt checks no password,
 * so it costs no hashing.
 */
@Service
public class SignInFailures {

	/** Failures in a row after which an account gets one attempt a minute. */

	public static final int THROTTLE_AFTER = 5;

	/** Failures in a row after which an account is locked for an hour. */
	public static final int LOCK_AFTER = 10;

	/** Failures from one address within ten minutes after which it is refused. */
	public static final int ADDRESS_LIMIT = 50;

	private static final Duration THROTTLE = Duration.ofMinutes(1);

	private static final Duration LOCK = Duration.ofHours(1);

	private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

	private static final int MAX_ADDRESSES = 100_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, AddressFailures> addresses = new ConcurrentHashMap<>();

	public SignInFailures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws SignInRefused if the account or the address has failed too often lately
	 */
	public void checkAllowed(String username, String address) {
		// username null: an API token, limited per address only
		Instant now = this.clock.instant();
		AddressFailures fromAddress = (address != null) ? this.addresses.get(address) : null;
		if (fromAddress != null && fromAddress.count >= ADDRESS_LIMIT
				&& now.isBefore(fromAddress.windowStart.plus(ADDRESS_WINDOW))) {
			throw new SignInRefused("address_throttled",
					"Too many failed sign-ins from your network address. Try again in 10 minutes.",
					Duration.between(now, fromAddress.windowStart.plus(ADDRESS_WINDOW)));
		}
		if (username == null) {
			return;
		}
		this.jdbc.sql("select failures, last_failure_at, locked_until from sign_in_failure where username = :username")
			.param("username", username)
			.query((rs, row) -> {
				Instant lockedUntil = instant(rs.getTimestamp("locked_until"));
				if (lockedUntil != null && now.isBefore(lockedUntil)) {
					throw new SignInRefused("account_locked",
							"This account is locked after repeated failed sign-ins. Try again in an hour, "
									+ "or ask your administrator to unlock it.",
							Duration.between(now, lockedUntil));
				}
				Instant nextTry = instant(rs.getTimestamp("last_failure_at")).plus(THROTTLE);
				if (rs.getInt("failures") >= THROTTLE_AFTER && now.isBefore(nextTry)) {
					throw new SignInRefused("account_throttled",
							"Too many failed sign-ins for this account. Wait a minute before trying again.",
							Duration.between(now, nextTry));
				}
				return true;
			})
			.optional();
	}

	/**
	 * Counts a failed sign-in (wrong password, unknown or disabled account, or, with no
	 * username, an unknown API token).
	 */
	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		if (username != null) {
			countForAccount(username, now);
		}
		if (address != null) {
			if (this.addresses.size() > MAX_ADDRESSES) {
				this.addresses.values().removeIf((failures) -> failures.windowStart.plus(ADDRESS_WINDOW).isBefore(now));
			}
			this.addresses.compute(address,
					(key, failures) -> (failures == null || !now.isBefore(failures.windowStart.plus(ADDRESS_WINDOW)))
							? new AddressFailures(now, 1)
							: new AddressFailures(failures.windowStart, failures.count + 1));
		}
	}

	private void countForAccount(String username, Instant now) {
		this.jdbc.sql("""
				insert into sign_in_failure (username, failures, last_failure_at) values (:username, 1, :now)
				on conflict (username) do update
				set failures = sign_in_failure.failures + 1, last_failure_at = :now,
				    locked_until = case when sign_in_failure.failures + 1 >= :lockAfter then :lockedUntil
				                        else sign_in_failure.locked_until end
				""")
			.param("username", username)
			.param("now", Timestamp.from(now))
			.param("lockAfter", LOCK_AFTER)
			.param("lockedUntil", Timestamp.from(now.plus(LOCK)))
			.update();
	}

	/** A successful sign-in clears the account's failures. */
	public void succeeded(String username) {
		clear(username);
	}

	/** Unlocks an account (an administrator enabled it or reset its password). */
	public void clear(String username) {
		this.jdbc.sql("delete from sign_in_failure where username = :username").param("username", username).update();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record AddressFailures(Instant windowStart, int count) {
	}

}
