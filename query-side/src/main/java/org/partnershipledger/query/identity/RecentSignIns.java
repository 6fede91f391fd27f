package org.partnershipledger.query.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Username and password checks that succeeded in the last {@value #SECONDS} seconds,
 * keyed by a SHA-256 of the credentials (never the password itself), so a client calling
 * the API with HTTP Basic pays for one BCrypt check a minute, not one a call. Forgotten
 * at once when the person's password changes or their account is disabled.
 */
@Component
public class RecentSignIns {

	static final int SECONDS = 60;

	private static final int MAX_ENTRIES = 10_000;

	private final Clock clock;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	public RecentSignIns(Clock clock) {
		this.clock = clock;
	}

	public Optional<String> username(String username, String password) {
		Entry entry = this.entries.get(key(username, password));
		if (entry == null || this.clock.instant().isAfter(entry.expires)) {
			return Optional.empty();
		}
		return Optional.of(entry.username);
	}

	public void remember(String username, String password) {
		Instant now = this.clock.instant();
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.values().removeIf((entry) -> now.isAfter(entry.expires));
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
		}
		this.entries.put(key(username, password), new Entry(username, now.plus(Duration.ofSeconds(SECONDS))));
	}

	public void forget(String username) {
		this.entries.values().removeIf((entry) -> entry.username.equals(username));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	private static String key(String username, String password) {
		return sha256(username.length() + ":" + username + ":" + password);
	}

	private record Entry(String username, Instant expires) {
	}

}
