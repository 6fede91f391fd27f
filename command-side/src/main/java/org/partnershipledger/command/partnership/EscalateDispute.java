package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.EscalateDisputeRequest;
import org.partnershipledger.events.identity.Identity;

/** Escalate a dispute to the next step of the agreed ladder. */
public record EscalateDispute(@TargetAggregateIdentifier String partnershipId, String disputeId, Identity identity,
		EscalateDisputeRequest request, Instant occurredAt) implements PartnershipCommand {

	public EscalateDispute {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(disputeId, "disputeId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
