package org.partnershipledger.events;

import java.math.BigDecimal;
import java.time.Instant;

import org.partnershipledger.events.model.Period;

/**
 * A compensating report: a new report ({@code reportId}) with the corrected value
 * replaces the original ({@code correctsReportId}), which is never edited.
 */
@SchemaRevision("1")
public record OutcomeReportCorrected(String partnershipId, String reportId, String correctsReportId,
		String providerPartyId, String measureId, Period period, BigDecimal value, String reason,
		Instant occurredAt) implements PartnershipEvent {

}
