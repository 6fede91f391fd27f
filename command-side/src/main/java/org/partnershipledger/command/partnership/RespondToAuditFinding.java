package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.RespondToAuditFindingRequest;
import org.partnershipledger.events.identity.Identity;

/** Respond to an audit finding. */
public record RespondToAuditFinding(@TargetAggregateIdentifier String partnershipId, String findingId,
		Identity identity, RespondToAuditFindingRequest request, Instant occurredAt) implements PartnershipCommand {

	public RespondToAuditFinding {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(findingId, "findingId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
