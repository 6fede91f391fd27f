package org.partnershipledger.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.partnershipledger.api.identity.IdentityTokens;

/**
 * A stand-in for the command side's internal API (a bare JDK HTTP server, one per test
 * JVM). By default it is as good as not running: it drops every connection without an
 * answer, so the web app finds the command side unavailable. A test decides what it
 * answers instead ({@link #answer}), for example {@link #accept} to accept every command;
 * {@link QuerySideIntegrationTest} puts the default back after each test.
 */
public final class StandInCommandSide {

	private static final Pattern PARTNERSHIP = Pattern.compile("/internal/v1/partnerships/([^/]+).*");

	private static HttpServer server;

	private static volatile Function<Request, Answer> answers;

	private StandInCommandSide() {
	}

	/** Where it listens, started on first use. */
	public static synchronized String url() {
		if (server == null) {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server.setExecutor(Executors.newFixedThreadPool(4, (task) -> {
				Thread thread = new Thread(task, "stand-in-command-side");
				thread.setDaemon(true);
				return thread;
			}));
			server.createContext("/", StandInCommandSide::handle);
			server.start();
		}
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** From now on it answers so. */
	public static void answer(Function<Request, Answer> how) {
		answers = how;
	}

	/** Back to not answering at all. */
	public static void reset() {
		answers = null;
	}

	/** What the command side would answer to an accepted command. */
	public static Answer accept(Request request) {
		Matcher partnership = PARTNERSHIP.matcher(request.path());
		String id = partnership.matches() ? partnership.group(1) : UUID.randomUUID().toString();
		return new Answer(201,
				"{\"partnershipId\": \"" + id + "\", \"version\": " + (partnership.matches() ? 1 : 0) + "}");
	}

	private static void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Function<Request, Answer> how = answers;
			if (how == null) {
				return;
			}
			Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
					exchange.getRequestHeaders().getFirst(IdentityTokens.HEADER));
			Answer answer = how.apply(request);
			byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders()
				.add("Content-Type", (answer.status() < 300) ? "application/json" : "application/problem+json");
			exchange.sendResponseHeaders(answer.status(), body.length);
			exchange.getResponseBody().write(body);
		}
	}

	/**
	 * A request as the command side received it.
	 *
	 * @param identityToken the signed token naming who the web app acts for
	 */
	public record Request(String method, String path, String body, String identityToken) {

		/**
		 * The request as its identity token must name it (the stand-in keeps no query).
		 */
		public IdentityTokens.BoundRequest bound() {
			return IdentityTokens.BoundRequest.of(this.method, this.path, null,
					this.body.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** Its answer: a status and a JSON body. */
	public record Answer(int status, String json) {

		/** A problem as the command side words it. */
		public static Answer problem(int status, String type, String title, String detail) {
			return new Answer(status, "{\"type\": \"urn:partnership-ledger:problem:" + type + "\", \"title\": \""
					+ title + "\", \"status\": " + status + ", \"detail\": \"" + detail + "\"}");
		}

	}

}
