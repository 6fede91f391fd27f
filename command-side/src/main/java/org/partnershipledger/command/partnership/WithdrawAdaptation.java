package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.WithdrawAdaptationRequest;
import org.partnershipledger.events.identity.Identity;

/** Withdraw an adaptation (its proposer only). */
public record WithdrawAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId,
		Identity identity, WithdrawAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

	public WithdrawAdaptation {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(adaptationId, "adaptationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
