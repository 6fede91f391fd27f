package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/closure}: an exiting partnership closes with a
 * summary and its lessons.
 */
public record ClosePartnershipRequest(LocalDate closedOn, String summary, List<String> lessons, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public ClosePartnershipRequest {
		lessons = (lessons == null) ? List.of() : List.copyOf(lessons);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.closedOn, "closedOn")
			.required(this.summary, "summary")
			.maxLength(this.summary, 5000, "summary")
			.noEmptyValues(this.lessons, "lessons")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
