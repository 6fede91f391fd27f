package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ExtendContractRequest;
import org.partnershipledger.events.identity.Identity;

/** Extend the contract within its maximum extent. */
public record ExtendContract(@TargetAggregateIdentifier String partnershipId, Identity identity,
		ExtendContractRequest request, Instant occurredAt) implements PartnershipCommand {

	public ExtendContract {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
