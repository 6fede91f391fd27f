package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.VerifyOutcomeReportRequest;
import org.partnershipledger.events.identity.Identity;

/** Verify an outcome report. */
public record VerifyOutcomeReport(@TargetAggregateIdentifier String partnershipId, String reportId, Identity identity,
		VerifyOutcomeReportRequest request, Instant occurredAt) implements PartnershipCommand {

	public VerifyOutcomeReport {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(reportId, "reportId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
