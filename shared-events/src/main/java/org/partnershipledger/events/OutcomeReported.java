package org.partnershipledger.events;

import java.math.BigDecimal;
import java.time.Instant;

import org.partnershipledger.events.model.Period;

/**
 * A provider reported an outcome for its own party: an aggregate or a pseudonymous cohort
 * count for a period, never personal data of service users.
 */
@SchemaRevision("1")
public record OutcomeReported(String partnershipId, String reportId, String providerPartyId, String measureId,
		Period period, BigDecimal value, String cohortDescription, Instant occurredAt) implements PartnershipEvent {

}
