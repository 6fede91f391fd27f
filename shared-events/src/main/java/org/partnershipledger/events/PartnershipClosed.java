package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The partnership closed after its exit, with what it learnt. Afterwards only audit and
 * transparency events are accepted.
 */
@SchemaRevision("1")
public record PartnershipClosed(String partnershipId, LocalDate closedOn, String summary, List<String> lessons,
		Instant occurredAt) implements PartnershipEvent {

	public PartnershipClosed {
		lessons = (lessons == null) ? List.of() : List.copyOf(lessons);
	}

}
