package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.health.RelationalHealthCheck;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.ReviewAction;

/**
 * A review was held: who attended, what it decided, the actions, the performance rating,
 * the relational health check (ratings and the result computed once, with its rule
 * version; {@code null} when none was done) and the adaptations it reviewed.
 */
@SchemaRevision("1")
public record ReviewPointHeld(String partnershipId, String reviewId, LocalDate heldOn, List<String> attendeePartyIds,
		List<String> decisions, List<ReviewAction> actions, PerformanceRating performanceRating,
		RelationalHealthCheck relationalHealth, List<String> adaptationsReviewed,
		Instant occurredAt) implements PartnershipEvent {

	public ReviewPointHeld {
		attendeePartyIds = (attendeePartyIds == null) ? List.of() : List.copyOf(attendeePartyIds);
		decisions = (decisions == null) ? List.of() : List.copyOf(decisions);
		actions = (actions == null) ? List.of() : List.copyOf(actions);
		adaptationsReviewed = (adaptationsReviewed == null) ? List.of() : List.copyOf(adaptationsReviewed);
	}

}
