package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.AgreeAdaptationRequest;
import org.partnershipledger.events.identity.Identity;

/** Record that a governance body agreed an adaptation. */
public record AgreeAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId, Identity identity,
		AgreeAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

	public AgreeAdaptation {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(adaptationId, "adaptationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
