package org.partnershipledger.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A small client of the public JSON API, signed in as one person with HTTP Basic. */
public final class LedgerApi {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String authorization;

	public LedgerApi(String baseUrl, String username, String password) {
		this.baseUrl = baseUrl;
		this.authorization = (username == null) ? null : "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	/**
	 * Reads something asked for by version ({@code minVersion}), asking again while the
	 * views answer that they do not have it yet (503 with {@code Retry-After}), as a
	 * client should, for up to two minutes.
	 */
	public Response getWhenInViews(String path) {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		Response answer = get(path);
		while (answer.status() == 503 && answer.retryAfter() != null && System.nanoTime() < deadline) {
			try {
				Thread.sleep(Duration.ofSeconds(Long.parseLong(answer.retryAfter().strip())).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the views", ex);
			}
			answer = get(path);
		}
		return answer;
	}

	public Response post(String path, Object body) {
		return post(path, body, null);
	}

	/**
	 * Posts a command with an {@code Idempotency-Key} (none when {@code null}): sent
	 * again with the same key after a lost answer, it is applied once.
	 */
	public Response post(String path, Object body, String idempotencyKey) {
		try {
			String json = (body instanceof String text) ? text : JSON.writeValueAsString(body);
			HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
			if (idempotencyKey != null) {
				request.header("Idempotency-Key", idempotencyKey);
			}
			return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json");
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("X-Ledger-Stale").orElse(null),
					response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not reach " + this.baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An answer: status, body as text and as JSON, and the headers that matter. */
	public record Response(int status, String body, String contentType, String location, String stale,
			String retryAfter) {

		public JsonNode json() {
			if (this.body == null || this.body.isBlank()) {
				return MissingNode.getInstance();
			}
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Not JSON (" + this.status + "): " + this.body, ex);
			}
		}

		/** This answer, after checking it has the expected status. */
		public Response expect(int expected) {
			if (this.status != expected) {
				throw new IllegalStateException("Expected " + expected + " but got " + this.status + ": " + this.body);
			}
			return this;
		}

	}

}
