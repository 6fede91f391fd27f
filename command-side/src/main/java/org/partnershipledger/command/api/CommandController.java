package org.partnershipledger.command.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.NoHandlerFoundException;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.LedgerRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.AssessmentRecorded;
import org.partnershipledger.command.partnership.JointAnswer;
import org.partnershipledger.command.partnership.ModelChoiceRecorded;

/**
 * The command side's internal API, called only by the web app with the signed-in person's
 * identity: every route of {@link CommandRoute} under {@code /internal/v1}. Each accepted
 * command answers 201 with the partnership's new version and a Location on the public
 * API.
 */
@RestController
class CommandController {

	private final CommandSupport support;

	private final ObjectMapper json;

	private final IdempotentCommands idempotent;

	CommandController(CommandSupport support, ObjectMapper json, IdempotentCommands idempotent) {
		this.support = support;
		this.json = json;
		this.idempotent = idempotent;
	}

	/**
	 * With an {@code Idempotency-Key}, a retry of the same request is answered with the
	 * first answer instead of being applied again ({@link IdempotentCommands}).
	 */
	@PostMapping({ CommandRoute.INTERNAL_PREFIX + "/partnerships", CommandRoute.INTERNAL_PREFIX + "/partnerships/**" })
	ResponseEntity<?> command(Identity identity, HttpServletRequest http, @RequestBody byte[] body,
			@RequestHeader(name = IdempotentCommands.HEADER, required = false) String idempotencyKey)
			throws NoHandlerFoundException {
		String path = http.getRequestURI().substring(http.getContextPath().length());
		CommandRoute.Call call = CommandRoute.match(path.substring(CommandRoute.INTERNAL_PREFIX.length()))
			.orElseThrow(() -> new NoHandlerFoundException("POST", path, new HttpHeaders()));
		LedgerRequest request = read(body, call.route(), new ServletServerHttpRequest(http));
		Instant occurredAt = this.support.validOccurredAt(request);
		if (idempotencyKey == null) {
			return apply(call, identity, request, occurredAt);
		}
		return this.idempotent.answer(identity, idempotencyKey, call, path, body, () -> {
			ResponseEntity<Accepted> answer = apply(call, identity, request, occurredAt);
			return ResponseEntity.status(answer.getStatusCode())
				.headers(answer.getHeaders())
				.contentType(MediaType.APPLICATION_JSON)
				.body(this.json.writeValueAsString(answer.getBody()));
		});
	}

	private ResponseEntity<Accepted> apply(CommandRoute.Call call, Identity identity, LedgerRequest request,
			Instant occurredAt) {
		CommandDispatch.Issued issued = CommandDispatch.command(call, identity, request, occurredAt);
		Object result = this.support.send(issued.command());
		String partnershipId = issued.partnershipId();
		String id = issued.resourceId();
		Accepted accepted;
		if (result instanceof AssessmentRecorded recorded) {
			accepted = Accepted.assessment(partnershipId, id, recorded.version(), recorded.recommendation());
		}
		else if (result instanceof ModelChoiceRecorded recorded) {
			accepted = Accepted.modelChoice(partnershipId, id, recorded.version(),
					recorded.departsFromRecommendation());
		}
		else if (result instanceof JointAnswer joint) {
			accepted = call.route().resource().accepted(partnershipId, id, joint.version());
			if (joint.jointDecisionId() != null) {
				accepted = accepted.awaiting(joint.jointDecisionId(), joint.awaitingPartyIds());
			}
		}
		else {
			// a registration answers with the new partnership's id: its version is 0
			long version = (result instanceof Long number) ? number : 0;
			accepted = call.route().resource().accepted(partnershipId, id, version);
		}
		return ResponseEntity.created(URI.create(call.route().resource().location(partnershipId, id))).body(accepted);
	}

	/** The body as the route's request; unreadable JSON is answered as Spring would. */
	private LedgerRequest read(byte[] body, CommandRoute route, HttpInputMessage message) {
		try {
			return this.json.readValue(body, route.requestType());
		}
		catch (IOException ex) {
			throw new HttpMessageNotReadableException("JSON parse error: " + ex.getMessage(), ex, message);
		}
	}

}
