package org.partnershipledger.command.api;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.identity.InvalidIdentityTokenException;
import org.partnershipledger.command.partnership.PartnershipRejection;

/**
 * Turns every refusal into problem+json that names what to fix: 400 for bad input (with
 * the fields), 401 without a valid identity, 403/404/409/422 for the partnership's rules.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	@ExceptionHandler
	ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
		return Problems.answer(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields",
				ex.getMessage() + "; see errors", ex.problems());
	}

	@ExceptionHandler
	ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReusedException ex) {
		return Problems.answer(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
				"The Idempotency-Key was used for another request", ex.getMessage(),
				List.of(new FieldProblem(IdempotentCommands.HEADER, ex.getMessage())));
	}

	@ExceptionHandler
	ResponseEntity<Object> noIdentity(InvalidIdentityTokenException ex) {
		return Problems.answer(HttpStatus.UNAUTHORIZED, "unauthenticated", "No valid identity", ex.getMessage(),
				List.of());
	}

	@ExceptionHandler
	ResponseEntity<Object> rejected(PartnershipRejection ex) {
		return switch (ex.kind()) {
			case NOT_FOUND ->
				Problems.answer(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage(), ex.problems());
			case FORBIDDEN ->
				Problems.answer(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", ex.getMessage(), ex.problems());
			case CONFLICT -> Problems.answer(HttpStatus.CONFLICT, "conflict",
					"The partnership's state does not allow this", ex.getMessage(), ex.problems());
			case UNPROCESSABLE -> Problems.answer(HttpStatus.UNPROCESSABLE_ENTITY, "rule-broken",
					"The request breaks a rule of the framework", ex.getMessage(), ex.problems());
		};
	}

	@ExceptionHandler
	ResponseEntity<Object> unknownPartnership(AggregateNotFoundException ex) {
		return Problems.answer(HttpStatus.NOT_FOUND, "not-found", "No such partnership",
				"There is no partnership " + ex.getAggregateIdentifier(), List.of());
	}

	@ExceptionHandler
	ResponseEntity<Object> concurrentChange(ConcurrencyException ex) {
		return Problems.answer(HttpStatus.CONFLICT, "conflict", "A concurrent change won",
				"Someone else changed the partnership at the same moment; look at it again and retry", List.of());
	}

	/** A handler's exception wrapped on the way back: answer for its cause. */
	@ExceptionHandler
	ResponseEntity<Object> wrapped(CommandExecutionException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof PartnershipRejection rejection) {
			return rejected(rejection);
		}
		if (cause instanceof AggregateNotFoundException notFound) {
			return unknownPartnership(notFound);
		}
		if (cause instanceof ConcurrencyException concurrent) {
			return concurrentChange(concurrent);
		}
		return unexpected(ex);
	}

	/**
	 * Anything else, such as the event store failing to append: a problem rather than a
	 * bare error page. The append and its hash-chain link share one transaction, so a
	 * change that fails this way is not recorded.
	 */
	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("A request failed inside the ledger", ex);
		return Problems.answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The ledger could not do this",
				"An internal error stopped the request, so no change was recorded. Try again shortly; if it keeps "
						+ "failing, tell the administrator.",
				List.of());
	}

	@Override
	protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return Problems.answer(HttpStatus.NOT_FOUND, "not-found", "No such command",
				"There is no command at " + ex.getRequestURL(), List.of());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldProblem problem = unreadable(ex.getMostSpecificCause(), ex.getCause());
		return Problems.answer(HttpStatus.BAD_REQUEST, "invalid-input", "The request could not be read",
				problem.message(), List.of(problem));
	}

	/** Names the field Jackson could not read, from its path, and says what is wrong. */
	private static FieldProblem unreadable(Throwable mostSpecific, @Nullable Throwable cause) {
		if (!(cause instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
			return new FieldProblem("body", "Send a JSON object; " + firstLine(mostSpecific.getMessage()));
		}
		String field = mapping.getPath()
			.stream()
			.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			String allowed = java.util.Arrays.stream(format.getTargetType().getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", "));
			return new FieldProblem(field, "'" + format.getValue() + "' is not allowed here; use one of " + allowed);
		}
		if (mapping instanceof ValueInstantiationException && mostSpecific != mapping) {
			return new FieldProblem(field, firstLine(mostSpecific.getMessage()));
		}
		return new FieldProblem(field, "This value has the wrong form: " + firstLine(mapping.getOriginalMessage()));
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "it could not be read";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
