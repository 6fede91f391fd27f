package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.AssessAdaptationRequest;
import org.partnershipledger.events.identity.Identity;

/** Assess a proposed adaptation: legal ground, risk, cumulative change. */
public record AssessAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId, Identity identity,
		AssessAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

	public AssessAdaptation {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(adaptationId, "adaptationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
