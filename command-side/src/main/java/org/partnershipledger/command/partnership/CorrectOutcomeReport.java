package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.CorrectOutcomeReportRequest;
import org.partnershipledger.events.identity.Identity;

/** Correct an outcome report with a new report ({@code correctionReportId}). */
public record CorrectOutcomeReport(@TargetAggregateIdentifier String partnershipId, String reportId,
		String correctionReportId, Identity identity, CorrectOutcomeReportRequest request,
		Instant occurredAt) implements PartnershipCommand {

	public CorrectOutcomeReport {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(reportId, "reportId");
		Objects.requireNonNull(correctionReportId, "correctionReportId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
