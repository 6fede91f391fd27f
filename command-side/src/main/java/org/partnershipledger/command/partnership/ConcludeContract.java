package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ConcludeContractRequest;
import org.partnershipledger.events.identity.Identity;

/** Record the signed contract; the partnership becomes ACTIVE. */
public record ConcludeContract(@TargetAggregateIdentifier String partnershipId, String contractId, Identity identity,
		ConcludeContractRequest request, Instant occurredAt) implements PartnershipCommand {

	public ConcludeContract {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(contractId, "contractId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
