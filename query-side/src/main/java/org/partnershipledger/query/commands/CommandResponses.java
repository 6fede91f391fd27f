package org.partnershipledger.query.commands;

import java.net.URI;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Relays a command's outcome to an API client as the command side gave it. */
final class CommandResponses {

	private CommandResponses() {
	}

	static ResponseEntity<Object> relay(CommandOutcome outcome) {
		if (outcome.isAccepted()) {
			ResponseEntity.BodyBuilder created = ResponseEntity.status(outcome.status());
			if (outcome.location() != null) {
				created.location(URI.create(outcome.location()));
			}
			return created.body(outcome.accepted());
		}
		ProblemDetail problem = ProblemDetail.forStatus(outcome.status());
		if (outcome.type() != null && !outcome.type().isBlank()) {
			problem.setType(URI.create(outcome.type()));
		}
		problem.setTitle(outcome.title());
		problem.setDetail(outcome.detail());
		if (!outcome.errors().isEmpty()) {
			problem.setProperty("errors", outcome.errors());
		}
		return ResponseEntity.status(outcome.status()).body(problem);
	}

}
