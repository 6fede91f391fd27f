package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ResolveDisputeRequest;
import org.partnershipledger.events.identity.Identity;

/** Record a dispute's resolution, agreed by every party to it. */
public record ResolveDispute(@TargetAggregateIdentifier String partnershipId, String disputeId, Identity identity,
		ResolveDisputeRequest request, Instant occurredAt) implements PartnershipCommand {

	public ResolveDispute {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(disputeId, "disputeId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
