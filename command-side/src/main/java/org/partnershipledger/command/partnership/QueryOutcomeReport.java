package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.QueryOutcomeReportRequest;
import org.partnershipledger.events.identity.Identity;

/** Query an outcome report. */
public record QueryOutcomeReport(@TargetAggregateIdentifier String partnershipId, String reportId, Identity identity,
		QueryOutcomeReportRequest request, Instant occurredAt) implements PartnershipCommand {

	public QueryOutcomeReport {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(reportId, "reportId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
