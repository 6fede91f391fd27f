package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ConcludeIterationRequest;
import org.partnershipledger.events.identity.Identity;

/** Conclude a provider's iteration. */
public record ConcludeIteration(@TargetAggregateIdentifier String partnershipId, String iterationId, Identity identity,
		ConcludeIterationRequest request, Instant occurredAt) implements PartnershipCommand {

	public ConcludeIteration {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(iterationId, "iterationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
