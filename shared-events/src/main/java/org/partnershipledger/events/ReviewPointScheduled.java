package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.relational.ReviewType;

/**
 * A review point was scheduled. It counts as missed once {@code dueDate + graceDays} has
 * passed without it being held; bodyId names the governance body that holds it, if any.
 */
@SchemaRevision("1")
public record ReviewPointScheduled(String partnershipId, String reviewId, ReviewType type, LocalDate dueDate,
		int graceDays, String bodyId, List<String> agenda, boolean requiresRelationalHealthCheck,
		boolean requiresReassessment, Instant occurredAt) implements PartnershipEvent {

	/** The grace period when none is given. */
	public static final int DEFAULT_GRACE_DAYS = 14;

	public ReviewPointScheduled {
		agenda = (agenda == null) ? List.of() : List.copyOf(agenda);
	}

}
