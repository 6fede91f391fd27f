package org.partnershipledger.query.commands;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.LedgerRequest;
import org.partnershipledger.query.api.NotFoundException;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * Every command of the public API, by the route table: the body is read as the route's
 * request (malformed JSON or an unknown enum value is a 400 naming the field), checked by
 * any {@link CommandPrecondition} of the route, and forwarded in the person's name, with
 * the client's {@code Idempotency-Key} if it gave one, to the same path on the command
 * side, whose answer is relayed as it is. The OpenAPI document lists each route on its
 * own ({@link CommandRoutesOpenApi}).
 */
@RestController
@Hidden
class CommandApiController {

	private final CommandClient commands;

	private final ObjectMapper json;

	private final List<CommandPrecondition> preconditions;

	CommandApiController(CommandClient commands, ObjectMapper json, List<CommandPrecondition> preconditions) {
		this.commands = commands;
		this.json = json;
		this.preconditions = preconditions;
	}

	@PostMapping({ CommandRoute.PUBLIC_PREFIX + "/partnerships", CommandRoute.PUBLIC_PREFIX + "/partnerships/**" })
	ResponseEntity<Object> command(@AuthenticationPrincipal LedgerUser user, HttpServletRequest http,
			@RequestBody byte[] body,
			@RequestHeader(name = CommandClient.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		String path = http.getRequestURI().substring(http.getContextPath().length());
		CommandRoute.Call call = CommandRoute.match(path.substring(CommandRoute.PUBLIC_PREFIX.length()))
			.orElseThrow(() -> new NotFoundException("There is no command at " + path));
		LedgerRequest request;
		try {
			request = this.json.readValue(body, call.route().requestType());
		}
		catch (IOException ex) {
			throw new HttpMessageNotReadableException("JSON parse error: " + ex.getMessage(), ex,
					new ServletServerHttpRequest(http));
		}
		this.preconditions.forEach((precondition) -> precondition.check(call, user, request));
		return CommandResponses
			.relay(this.commands.send(user.identity(), call.internalPath(), request, idempotencyKey));
	}

}
