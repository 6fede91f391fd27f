package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ProposeAdaptationRequest;
import org.partnershipledger.events.identity.Identity;

/** Propose an adaptation. */
public record ProposeAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId, Identity identity,
		ProposeAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

	public ProposeAdaptation {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(adaptationId, "adaptationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
