package org.partnershipledger.query.commands;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Relays a command's outcome to an API client as the command side gave it, with a
 * {@code Retry-After} when the command was refused only for the moment (the ledger
 * unavailable, or the partnership busy with other changes).
 */
final class CommandResponses {

	private static final String BUSY = ":busy";

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
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(outcome.status());
		if (outcome.status() == 503
				|| (outcome.status() == 409 && outcome.type() != null && outcome.type().endsWith(BUSY))) {
			// nothing was recorded: the same command can be sent again after a moment
			answer.header(HttpHeaders.RETRY_AFTER, (outcome.status() == 503) ? "5" : "1");
		}
		return answer.body(problem);
	}

}
