package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.RaiseDisputeRequest;
import org.partnershipledger.events.identity.Identity;

/** Raise a dispute. */
public record RaiseDispute(@TargetAggregateIdentifier String partnershipId, String disputeId, Identity identity,
		RaiseDisputeRequest request, Instant occurredAt) implements PartnershipCommand {

	public RaiseDispute {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(disputeId, "disputeId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
