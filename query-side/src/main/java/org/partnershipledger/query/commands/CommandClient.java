package org.partnershipledger.query.commands;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RequestLimits;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.access.PartnershipRegistrations;
import org.partnershipledger.query.config.LedgerProperties;

/**
 * Forwards commands to the command side's internal API with a short-lived signed token
 * naming the person, and reports its answer unchanged: the accepted body, or the problem
 * with its status, title, detail and field errors. If the command side cannot be reached,
 * or does not answer within the configured timeouts, the outcome is a 503 problem. A
 * registration it accepted is remembered with who made it
 * ({@link PartnershipRegistrations}), for reads before the views have it.
 */
@Component
public class CommandClient {

	private static final Logger log = LoggerFactory.getLogger(CommandClient.class);

	/**
	 * The header that makes a command idempotent: the command side answers a retry with
	 * the same key with the first answer instead of applying it again.
	 */
	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final String INTERNAL_PREFIX = "/internal/v1/";

	private static final String PUBLIC_PREFIX = "/api/v1/";

	private final RestClient rest;

	private final String baseUrl;

	private final IdentityTokens tokens;

	private final Clock clock;

	private final ObjectMapper json = LedgerJson.mapper();

	private final PartnershipRegistrations registrations;

	public CommandClient(RestClient.Builder builder, LedgerProperties properties, IdentityTokens tokens, Clock clock,
			PartnershipRegistrations registrations) {
		this.registrations = registrations;
		this.baseUrl = properties.commandSideUrl().replaceAll("/+$", "");
		// bounded: a command side that hangs costs a person at most these, then a 503
		ClientHttpRequestFactorySettings timeouts = ClientHttpRequestFactorySettings.defaults()
			.withConnectTimeout(properties.commandSideConnectTimeout())
			.withReadTimeout(properties.commandSideReadTimeout());
		// HTTP/1.1 said outright: the command side speaks nothing else, so no upgrade to
		// HTTP/2 is tried on every new connection
		this.rest = builder.clone()
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1))
				.build(timeouts))
			.build();
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Sends any command to the command side and reports its answer.
	 * @param internalPath the command's path on the command side, already encoded, such
	 * as {@link CommandRoute#internalPath(Object...)} gives
	 * @param body the request record, sent as JSON
	 */
	public CommandOutcome send(Identity identity, String internalPath, Object body) {
		return send(identity, internalPath, body, null);
	}

	/**
	 * Sends any command to the command side with the client's {@code Idempotency-Key}, if
	 * it gave one, and reports its answer. A request with a field over its size limit
	 * ({@link RequestLimits}) is answered 400 naming the field, and not sent.
	 * @param idempotencyKey passed on as it came; {@code null} for none
	 */
	public CommandOutcome send(Identity identity, String internalPath, Object body, String idempotencyKey) {
		List<FieldProblem> tooLong = RequestLimits.problems(body);
		if (!tooLong.isEmpty()) {
			return new CommandOutcome(400, null, "Invalid input", "Shorten the fields named in errors.", tooLong, null,
					null);
		}
		try {
			CommandOutcome outcome = outcome(
					forward(identity, HttpMethod.POST, internalPath, LedgerJson.write(body), idempotencyKey));
			if (outcome.isAccepted() && internalPath.equals(CommandRoute.REGISTER_PARTNERSHIP.internalPath())) {
				this.registrations.registered(outcome.accepted().partnershipId(), identity.username());
			}
			return outcome;
		}
		catch (ResourceAccessException ex) {
			return new CommandOutcome(503, null, "The command side is unavailable",
					"The change could not be recorded because the command side did not answer. Try again shortly.",
					List.of(), null, null);
		}
	}

	/**
	 * Sends a request to the command side's internal API in the person's name and returns
	 * its answer as text, whatever the status.
	 * @param internalPath the path on the command side, already encoded
	 * @param json the request body; {@code null} for none
	 * @throws ResourceAccessException if the command side cannot be reached
	 */
	public ResponseEntity<String> forward(Identity identity, HttpMethod method, String internalPath, String json) {
		return forward(identity, method, internalPath, json, null);
	}

	private ResponseEntity<String> forward(Identity identity, HttpMethod method, String internalPath, String json,
			String idempotencyKey) {
		if (!internalPath.startsWith(INTERNAL_PREFIX)) {
			throw new IllegalArgumentException("Not a command side path: " + internalPath);
		}
		URI target = URI.create(this.baseUrl + internalPath);
		byte[] body = (json != null) ? json.getBytes(StandardCharsets.UTF_8) : new byte[0];
		// the token is for this one request: its method, target and body
		RestClient.RequestBodySpec request = this.rest.method(method)
			.uri(target)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.header(IdentityTokens.HEADER, this.tokens.issue(identity, this.clock.instant(),
					IdentityTokens.BoundRequest.of(method.name(), target, body)));
		if (idempotencyKey != null) {
			request.header(IDEMPOTENCY_KEY, idempotencyKey);
		}
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		try {
			return request.exchange((req, res) -> ResponseEntity.status(res.getStatusCode())
				.headers(res.getHeaders())
				.body(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (ResourceAccessException ex) {
			log.warn("The command side at {} could not be reached: {}", internalPath, ex.getMessage());
			throw ex;
		}
	}

	private CommandOutcome outcome(ResponseEntity<String> response) {
		int status = response.getStatusCode().value();
		String location = publicLocation(response.getHeaders().getLocation());
		JsonNode node = parse(response.getBody());
		if (response.getStatusCode().is2xxSuccessful()) {
			Accepted accepted = LedgerJson.read(node, Accepted.class);
			if (location == null && accepted.partnershipId() != null) {
				location = PUBLIC_PREFIX + "partnerships/" + accepted.partnershipId();
			}
			return new CommandOutcome(status, accepted, null, null, List.of(), location, null);
		}
		List<FieldProblem> errors = new ArrayList<>();
		for (JsonNode error : node.path("errors")) {
			errors.add(new FieldProblem(text(error, "field"), text(error, "message")));
		}
		String title = text(node, "title");
		if (title == null) {
			HttpStatus known = HttpStatus.resolve(status);
			title = (known != null) ? known.getReasonPhrase() : "Status " + status;
		}
		return new CommandOutcome(status, null, title, text(node, "detail"), errors, location, text(node, "type"));
	}

	private JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return this.json.createObjectNode();
		}
		try {
			return this.json.readTree(body);
		}
		catch (IOException ex) {
			return this.json.createObjectNode().put("detail", body);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	/** The command side's internal address of a resource, as the public API names it. */
	static String publicLocation(URI location) {
		if (location == null) {
			return null;
		}
		String path = location.getPath();
		int internal = path.indexOf(INTERNAL_PREFIX);
		return (internal >= 0) ? PUBLIC_PREFIX + path.substring(internal + INTERNAL_PREFIX.length()) : path;
	}

}
