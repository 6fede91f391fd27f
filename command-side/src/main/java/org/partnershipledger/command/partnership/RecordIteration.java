package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.RecordIterationRequest;
import org.partnershipledger.events.identity.Identity;

/** Log a finished iteration in one step. */
public record RecordIteration(@TargetAggregateIdentifier String partnershipId, String iterationId, Identity identity,
		RecordIterationRequest request, Instant occurredAt) implements PartnershipCommand {

	public RecordIteration {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(iterationId, "iterationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
