package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.VaryContractRequest;
import org.partnershipledger.events.identity.Identity;

/** Record a contract variation under an agreed adaptation. */
public record VaryContract(@TargetAggregateIdentifier String partnershipId, String variationId, Identity identity,
		VaryContractRequest request, Instant occurredAt) implements PartnershipCommand {

	public VaryContract {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(variationId, "variationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
