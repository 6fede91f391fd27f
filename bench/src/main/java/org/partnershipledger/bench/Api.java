package org.partnershipledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The public JSON API as an integrator calls it: with a personal API token (or HTTP
 * Basic) as one person, JSON in and out. Every call is timed, and none throws for an HTTP
 * status or a failed connection: the result says what happened.
 */
final class Api {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final ExecutorService CALLBACKS = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "bench-http");
		thread.setDaemon(true);
		return thread;
	});

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.executor(CALLBACKS)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final String baseUrl;

	private final String authorization;

	/**
	 * Signed in with HTTP Basic as the person, or anonymous when {@code username} is
	 * null.
	 */
	Api(String baseUrl, String username, String password) {
		this(baseUrl, (username == null) ? null : "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	private Api(String baseUrl, String authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	/** Signed in with a personal API token, as an integrator's program is. */
	static Api withToken(String baseUrl, String token) {
		return new Api(baseUrl, "Bearer " + token);
	}

	String baseUrl() {
		return this.baseUrl;
	}

	Result get(String path) {
		return send(request(path).GET().build());
	}

	Result post(String path, Object body) {
		return send(postRequest(path, body));
	}

	CompletableFuture<Result> getAsync(String path) {
		return sendAsync(request(path).GET().build());
	}

	CompletableFuture<Result> postAsync(String path, Object body) {
		return sendAsync(postRequest(path, body));
	}

	private HttpRequest postRequest(String path, Object body) {
		try {
			String json = (body instanceof String text) ? text : JSON.writeValueAsString(body);
			return request(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build();
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(TIMEOUT)
			.header("Accept", "application/json, application/problem+json");
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		return builder;
	}

	static Result send(HttpRequest request) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return Result.of(response, start);
		}
		catch (IOException ex) {
			return Result.failed(ex, start);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Result.failed(ex, start);
		}
	}

	static CompletableFuture<Result> sendAsync(HttpRequest request) {
		long start = System.nanoTime();
		return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString())
			.handle((response, failure) -> (failure == null) ? Result.of(response, start)
					: Result.failed(failure, start));
	}

	/**
	 * What a call got: its status (-1 when there was no answer), the body, when it was
	 * sent and answered ({@link System#nanoTime()}), and the stale-read header.
	 */
	record Result(int status, String body, long sentAt, long answeredAt, String stale, String failure) {

		static Result of(HttpResponse<String> response, long sentAt) {
			return new Result(response.statusCode(), response.body(), sentAt, System.nanoTime(),
					response.headers().firstValue("X-Ledger-Stale").orElse(null), null);
		}

		static Result failed(Throwable failure, long sentAt) {
			Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
			return new Result(-1, "", sentAt, System.nanoTime(), null, cause.getClass().getSimpleName());
		}

		long nanos() {
			return this.answeredAt - this.sentAt;
		}

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		String statusName() {
			return (this.status < 0) ? this.failure : Integer.toString(this.status);
		}

		/** The answer's size in bytes (UTF-8). */
		long bytes() {
			return (this.body == null) ? 0 : this.body.getBytes(StandardCharsets.UTF_8).length;
		}

		JsonNode json() {
			if (this.body == null || this.body.isBlank()) {
				return MissingNode.getInstance();
			}
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				return MissingNode.getInstance();
			}
		}

		/** This result, after checking it succeeded. */
		Result expectOk(String what) {
			if (!ok()) {
				throw new IllegalStateException(what + " failed: " + statusName() + " " + abbreviated(this.body));
			}
			return this;
		}

		private static String abbreviated(String text) {
			return (text == null || text.length() < 500) ? text : text.substring(0, 500) + "...";
		}

	}

}
