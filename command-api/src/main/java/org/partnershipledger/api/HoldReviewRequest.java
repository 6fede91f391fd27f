package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.health.PartyRatings;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.ReviewAction;

/**
 * {@code POST /api/v1/partnerships/{id}/reviews/{reviewId}/held}: a commissioner records
 * a held review. relationalHealth holds each party's ratings when a relational health
 * check was done; the ledger computes its result.
 */
public record HoldReviewRequest(LocalDate heldOn, List<String> attendeePartyIds, List<String> decisions,
		List<ReviewAction> actions, PerformanceRating performanceRating, List<PartyRatings> relationalHealth,
		List<String> adaptationsReviewed, Instant occurredAt, Authority authority) implements LedgerRequest {

	public HoldReviewRequest {
		attendeePartyIds = (attendeePartyIds == null) ? List.of() : List.copyOf(attendeePartyIds);
		decisions = (decisions == null) ? List.of() : List.copyOf(decisions);
		actions = (actions == null) ? List.of() : List.copyOf(actions);
		relationalHealth = (relationalHealth == null) ? List.of() : List.copyOf(relationalHealth);
		adaptationsReviewed = (adaptationsReviewed == null) ? List.of() : List.copyOf(adaptationsReviewed);
	}

	/** Whether a relational health check was done at this review. */
	public boolean hasRelationalHealth() {
		return !this.relationalHealth.isEmpty();
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		Problems problems = new Problems().required(this.heldOn, "heldOn")
			.check(this.heldOn == null || !this.heldOn.isAfter(LocalDate.now(clock)), "heldOn",
					"The review must have been held by today")
			.required(this.attendeePartyIds, "attendeePartyIds")
			.noEmptyValues(this.attendeePartyIds, "attendeePartyIds")
			.noEmptyValues(this.decisions, "decisions")
			.required(this.performanceRating, "performanceRating")
			.noEmptyValues(this.adaptationsReviewed, "adaptationsReviewed")
			.notInFuture(this.occurredAt, clock);
		for (int i = 0; i < this.actions.size(); i++) {
			ReviewAction action = this.actions.get(i);
			problems.required((action == null) ? null : action.description(), "actions[" + i + "].description");
		}
		HealthRatingProblems.of(problems, this.relationalHealth, "relationalHealth");
		return problems.list();
	}

}
