package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.TerminateContractRequest;
import org.partnershipledger.events.identity.Identity;

/** End the contract; the partnership starts its exit. */
public record TerminateContract(@TargetAggregateIdentifier String partnershipId, Identity identity,
		TerminateContractRequest request, Instant occurredAt) implements PartnershipCommand {

	public TerminateContract {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
