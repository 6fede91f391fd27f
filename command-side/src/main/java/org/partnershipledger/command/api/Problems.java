package org.partnershipledger.command.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.api.FieldProblem;

/**
 * Builds the problem+json answers: {@code type}, {@code title}, {@code status},
 * {@code detail}, and for input problems {@code errors: [{field, message}]}.
 */
final class Problems {

	private static final String TYPE_PREFIX = "urn:partnership-ledger:problem:";

	private Problems() {
	}

	static ResponseEntity<Object> answer(HttpStatus status, String type, String title, String detail,
			List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("errors",
					errors.stream()
						.map((error) -> Map.of("field", error.field(), "message", error.message()))
						.toList());
		}
		return ResponseEntity.status(status).body(problem);
	}

}
