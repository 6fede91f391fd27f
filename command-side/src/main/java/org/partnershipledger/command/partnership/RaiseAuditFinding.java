package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.RaiseAuditFindingRequest;
import org.partnershipledger.events.identity.Identity;

/** Raise an audit finding: the only command an auditor issues. */
public record RaiseAuditFinding(@TargetAggregateIdentifier String partnershipId, String findingId, Identity identity,
		RaiseAuditFindingRequest request, Instant occurredAt) implements PartnershipCommand {

	public RaiseAuditFinding {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(findingId, "findingId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
