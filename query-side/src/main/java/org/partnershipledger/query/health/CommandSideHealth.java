package org.partnershipledger.query.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import org.partnershipledger.query.config.LedgerProperties;

/**
 * The command side's own health ({@code /actuator/health} on its internal address), asked
 * at most once every two seconds and never for longer than two seconds, so that the web
 * app's health answers quickly even when the command side does not.
 */
@Component
class CommandSideHealth {

	private static final Duration CACHE = Duration.ofSeconds(2);

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final URI health;

	private final Clock clock;

	private Instant askedAt = Instant.MIN;

	private Answer last;

	CommandSideHealth(LedgerProperties properties, Clock clock) {
		this.health = URI.create(properties.commandSideUrl().replaceAll("/+$", "") + "/actuator/health");
		this.clock = clock;
	}

	/** The command side's answer, or why there is none. */
	synchronized Answer get() {
		Instant now = this.clock.instant();
		if (this.last == null || now.isAfter(this.askedAt.plus(CACHE))) {
			this.last = ask();
			this.askedAt = now;
		}
		return this.last;
	}

	private Answer ask() {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.health).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Answer(this.json.readTree(response.body()), null);
		}
		catch (IOException ex) {
			return new Answer(null, "The command side at " + this.health.getAuthority() + " does not answer ("
					+ ex.getClass().getSimpleName() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(null, "Interrupted while asking the command side");
		}
	}

	/**
	 * The command side's health document, or {@code unreachable} saying why there is
	 * none.
	 */
	record Answer(JsonNode health, String unreachable) {

	}

}
