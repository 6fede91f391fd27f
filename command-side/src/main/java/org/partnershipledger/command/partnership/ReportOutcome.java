package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ReportOutcomeRequest;
import org.partnershipledger.events.identity.Identity;

/** Report an outcome for the provider's own party. */
public record ReportOutcome(@TargetAggregateIdentifier String partnershipId, String reportId, Identity identity,
		ReportOutcomeRequest request, Instant occurredAt) implements PartnershipCommand {

	public ReportOutcome {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(reportId, "reportId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
