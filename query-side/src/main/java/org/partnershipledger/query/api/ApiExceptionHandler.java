package org.partnershipledger.query.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.query.access.NotProjectedYetException;
import org.partnershipledger.query.identity.DirectoryRejection;

/**
 * Every API error as problem+json, and input problems with the {@code errors} the client
 * needs to fix them: the field's path as sent (for example
 * {@code scores.SPECIFIABILITY.score}) and what is wrong.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			FieldProblem problem = new FieldProblem(path(mapping), message(mapping));
			return problem(HttpStatus.BAD_REQUEST, "Invalid input", problem.message(), List.of(problem));
		}
		if (cause instanceof ValueInstantiationException instantiation) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid input", message(instantiation), List.of());
		}
		if (cause instanceof JsonProcessingException) {
			return problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
					"The request body is not valid JSON: " + ((JsonProcessingException) cause).getOriginalMessage(),
					List.of());
		}
		return problem(HttpStatus.BAD_REQUEST, "Missing request body", "Send the request body as JSON.", List.of());
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		Class<?> type = ex.getRequiredType();
		String message = (type != null && type.isEnum()) ? "Use one of: " + constants(type)
				: "Enter a valid " + ((type != null) ? type.getSimpleName() : "value");
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", message, List.of(new FieldProblem(field, message)));
	}

	@ExceptionHandler(DirectoryRejection.class)
	ResponseEntity<Object> directoryRejection(DirectoryRejection ex) {
		return ex.isConflict() ? problem(HttpStatus.CONFLICT, "Already exists", ex.getMessage(), ex.problems())
				: problem(HttpStatus.BAD_REQUEST, "Invalid input", "Correct the fields named in errors.",
						ex.problems());
	}

	@ExceptionHandler(BadParameterException.class)
	ResponseEntity<Object> badParameter(BadParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage(),
				List.of(new FieldProblem(ex.parameter(), ex.getMessage())));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), List.of());
	}

	@ExceptionHandler(NotProjectedYetException.class)
	ResponseEntity<Object> notProjectedYet(NotProjectedYetException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Still being processed");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
			.body(problem);
	}

	/**
	 * The web app's database is down or restarting: 503 with a {@code Retry-After}, as
	 * for the command side's event store, rather than an internal error.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "The ledger's views are not available just now",
					"The web app's database is not answering; nothing was done. Send the same request again in a few "
							+ "seconds.",
					List.of())
				.getBody());
	}

	static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).body(problem);
	}

	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : ex.getPath()) {
			if (reference.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String message(JsonMappingException ex) {
		if (ex instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			return "\u201c" + format.getValue() + "\u201d is not allowed. Use one of: "
					+ constants(format.getTargetType());
		}
		if (ex instanceof InvalidNullException) {
			return "Enter a value here; null is not allowed";
		}
		if (ex instanceof ValueInstantiationException) {
			// a value object's own check says what is wrong; anything else is no words
			// for a client
			return (ex.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null)
					? invalid.getMessage() : "This value is missing or cannot be read; check it against the API "
							+ "description at /v3/api-docs";
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "Enter a valid " + describe(mismatched.getTargetType());
		}
		return ex.getOriginalMessage();
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "value: one of " + constants(type);
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "number";
		}
		return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	private static String constants(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
	}

}
