package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.StartIterationRequest;
import org.partnershipledger.events.identity.Identity;

/** Start a provider's test-and-learn iteration. */
public record StartIteration(@TargetAggregateIdentifier String partnershipId, String iterationId, Identity identity,
		StartIterationRequest request, Instant occurredAt) implements PartnershipCommand {

	public StartIteration {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(iterationId, "iterationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
